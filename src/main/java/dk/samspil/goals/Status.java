package dk.samspil.goals;

/**
 * How a municipality, or the region, is doing against its path from baseline to target.
 * The rule, also written on each goal's page: compare the progress made since the
 * baseline with the progress the path expects by the latest period reported. At least all
 * of it is on track; at least {@link #AT_RISK_FROM} of it is at risk; less is off track.
 * Where the path expects no change yet, a figure no worse than the baseline is on track.
 */
enum Status {

	ON_TRACK, AT_RISK, OFF_TRACK, NO_FIGURE;

	static final double AT_RISK_FROM = 0.8;

	static Status of(Direction direction, double baseline, double expected, double value) {
		double expectedChange = expected - baseline;
		if (Math.abs(expectedChange) < Progress.EPSILON) {
			return direction.notWorse(value, expected) ? ON_TRACK : OFF_TRACK;
		}
		double ratio = (value - baseline) / expectedChange;
		if (ratio >= 1 - Progress.EPSILON) {
			return ON_TRACK;
		}
		return ratio >= AT_RISK_FROM - Progress.EPSILON ? AT_RISK : OFF_TRACK;
	}

}
