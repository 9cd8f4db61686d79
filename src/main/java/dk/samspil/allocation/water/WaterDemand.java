package dk.samspil.allocation.water;

/**
 * A demand for drinking water or for industry, given as a yearly volume spread evenly
 * over the months and grown by the scenario's growth rate for its kind.
 *
 * @param tier priority; {@link Tiers#DRINKING} or {@link Tiers#INDUSTRY} unless the model
 * says otherwise
 * @param rank within a tier, lower ranks are served first; equal ranks share a shortage
 * by equal percentage
 */
public record WaterDemand(String id, String municipality, Kind kind, double perYear, Quality accepts, int tier,
		int rank) {

	/** Kinds of demand, which scenarios grow at their own rates. */
	public enum Kind {

		DRINKING, INDUSTRY

	}

	public WaterDemand {
		Checks.amount(id, "yearly demand", perYear);
	}
}
