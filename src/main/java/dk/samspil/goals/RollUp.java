package dk.samspil.goals;

/**
 * How the municipalities' targets and figures make the region's: a sum (hectares, tonnes,
 * counts), an average weighted by population or by a weight the goal names (shares and
 * rates), or a sum per coastal catchment where each municipality holds a share of each
 * catchment it lies in.
 */
enum RollUp {

	SUM, POPULATION, NAMED_WEIGHT, CATCHMENT;

	public boolean weighted() {
		return this == POPULATION || this == NAMED_WEIGHT;
	}

}
