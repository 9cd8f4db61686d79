package dk.samspil.allocation.water;

/**
 * A groundwater body: a store recharged month by month, from which at most
 * {@code capShare} of a year's recharge may be abstracted, and which must give streams at
 * least {@code minStreamPerMonth}.
 *
 * @param id unique in the model
 * @param municipality four-digit municipality code
 * @param storage volume the body can hold (m³)
 * @param initial volume at the start (m³)
 * @param recharge mean recharge for each calendar month, January first (12 values, m³)
 * @param capShare share of the year's recharge that may be abstracted; 0.30 by default
 * (Henriksen et al. 2008)
 * @param minStreamPerMonth contribution to streams that must be kept (m³ a month)
 * @param drinkingMayBreak whether drinking water may exceed the cap and cut the stream
 * contribution when nothing else can serve it
 */
public record GroundwaterBody(String id, String municipality, double storage, double initial, double[] recharge,
		double capShare, double minStreamPerMonth, boolean drinkingMayBreak) {

	public static final double DEFAULT_CAP_SHARE = 0.30;

	public GroundwaterBody {
		Checks.months(id, "recharge", recharge);
		Checks.share(id, "cap share", capShare);
		Checks.amount(id, "minimum stream contribution", minStreamPerMonth);
	}
}
