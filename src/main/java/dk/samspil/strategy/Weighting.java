package dk.samspil.strategy;

/**
 * How ballots count: one municipality one vote, or by population. The result page always
 * shows both.
 */
public enum Weighting {

	EQUAL, POPULATION;

	Weighting other() {
		return this == EQUAL ? POPULATION : EQUAL;
	}

}
