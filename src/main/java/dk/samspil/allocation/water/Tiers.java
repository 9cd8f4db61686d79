package dk.samspil.allocation.water;

/**
 * The default priorities of the water plans: drinking water, then the environment, then
 * industry and PtX. An environmental limit that drinking water may not break is placed
 * above every tier, at {@link #PROTECTED}, so no use at all can take its water.
 */
public final class Tiers {

	public static final int PROTECTED = 0;

	public static final int DRINKING = 1;

	public static final int ENVIRONMENT = 2;

	public static final int INDUSTRY = 3;

	public static final int PTX = 3;

	/**
	 * Below every use: where a proposed plant is tried, so it can only take what nobody
	 * else wants.
	 */
	public static final int PROPOSED = 99;

	private Tiers() {
	}

}
