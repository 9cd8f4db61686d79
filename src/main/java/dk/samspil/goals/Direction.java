package dk.samspil.goals;

/**
 * Whether more of the indicator is better (hectares converted) or less (tonnes of
 * nitrogen).
 */
enum Direction {

	INCREASE, DECREASE;

	/** Whether {@code value} is at least as good as {@code than}. */
	boolean notWorse(double value, double than) {
		return this == INCREASE ? value >= than - Progress.EPSILON : value <= than + Progress.EPSILON;
	}

}
