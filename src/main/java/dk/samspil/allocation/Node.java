package dk.samspil.allocation;

/**
 * A node of the network. A store holds water between months (capacity 0 makes it a plain
 * source); a demand takes water at a tier and rank; a junction only passes water on.
 */
record Node(String id, Kind kind, double capacity, double initial, String series, int tier, int rank) {

	enum Kind {

		STORE, JUNCTION, DEMAND

	}

	boolean isStore() {
		return kind == Kind.STORE;
	}

	boolean isDemand() {
		return kind == Kind.DEMAND;
	}
}
