package dk.samspil.allocation;

/**
 * A directed link. An optional annual cap bounds its total flow over each calendar year; a tier may be
 * allowed to exceed that cap, and every unit beyond it is reported.
 */
record Link(String id, int from, int to, double capacity, double cost, double loss, String capSeries,
		int breachTier) {

	static final int NO_BREACH = Integer.MIN_VALUE;

	boolean capped() {
		return capSeries != null;
	}

	boolean breachable() {
		return capped() && breachTier != NO_BREACH;
	}
}
