package dk.samspil.allocation.water;

/**
 * What water is fit for: potable meets drinking-water standards, technical suits
 * processes and cooling.
 */
public enum Quality {

	POTABLE, TECHNICAL;

	/**
	 * Whether a demand that asks for this quality can use water of quality
	 * {@code offered}.
	 */
	public boolean accepts(Quality offered) {
		return this == TECHNICAL || offered == POTABLE;
	}

}
