package dk.samspil.allocation.water;

import dk.samspil.allocation.ModelException;

/**
 * A Power-to-X plant whose water demand follows from its electrolyser: MW (set by the
 * scenario) times operating hours per month times water per MWh for process and cooling.
 *
 * @param processM3PerMWh raw water for electrolysis, reject included
 * @param coolingM3PerMWh cooling water (evaporative cooling; 0 for dry cooling)
 */
public record PtxPlant(String id, String municipality, double hoursPerMonth, double processM3PerMWh,
		double coolingM3PerMWh, Quality accepts, int tier, int rank) {

	/**
	 * About 3,400 m³ of raw water a year per MW at 8,760 h: the middle of the 2,300-4,500
	 * m³ range.
	 */
	public static final double DEFAULT_PROCESS_M3_PER_MWH = 3400.0 / 8760;

	/** About 3,500 m³ a year per MW at 8,760 h for evaporative cooling. */
	public static final double DEFAULT_COOLING_M3_PER_MWH = 3500.0 / 8760;

	/** Operating hours a month: roughly two thirds of the 730 hours of a mean month. */
	public static final double DEFAULT_HOURS_PER_MONTH = 500;

	public PtxPlant {
		Checks.amount(id, "operating hours", hoursPerMonth);
		if (hoursPerMonth > 744) {
			throw new ModelException("PtX plant '" + id + "': " + hoursPerMonth
					+ " operating hours exceed the 744 hours of the longest month");
		}
		Checks.amount(id, "process water intensity", processM3PerMWh);
		Checks.amount(id, "cooling water intensity", coolingM3PerMWh);
	}

	/** Water needed in a month at {@code megawatts} of electrolyser (m³). */
	public double monthlyWater(double megawatts) {
		return megawatts * hoursPerMonth * (processM3PerMWh + coolingM3PerMWh);
	}
}
