package dk.samspil.allocation;

/**
 * A directed link. An optional annual cap bounds its total flow over each calendar year;
 * a tier may be allowed to exceed that cap, and every unit beyond it is reported. Where a
 * reserve tier is set, only that tier and higher ones may draw the whole rest of the cap
 * in one month; lower tiers get the rest spread evenly over the months left, so they
 * cannot use up in spring what drinking water needs in autumn.
 */
record Link(String id, int from, int to, double capacity, double cost, double loss, String capSeries, int breachTier,
		int reserveTier) {

	static final int NO_BREACH = Integer.MIN_VALUE;

	boolean capped() {
		return capSeries != null;
	}

	boolean breachable() {
		return capped() && breachTier != NO_BREACH;
	}

	boolean reserved() {
		return capped() && reserveTier != NO_BREACH;
	}
}
