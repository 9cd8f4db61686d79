package dk.samspil.allocation.water;

/**
 * A stream or lake that may be abstracted from, while at least {@code minFlowPerMonth}
 * stays in it.
 *
 * @param flow mean flow for each calendar month, January first (12 values, m³)
 */
public record SurfaceSource(String id, String municipality, double[] flow, double minFlowPerMonth,
		boolean drinkingMayBreak) {

	public SurfaceSource {
		Checks.months(id, "flow", flow);
		Checks.amount(id, "minimum environmental flow", minFlowPerMonth);
	}
}
