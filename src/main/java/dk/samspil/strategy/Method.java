package dk.samspil.strategy;

/**
 * How municipalities vote in a round: spreading 100 points, or ranking the topics
 * (Schulze, Borda beside).
 */
public enum Method {

	POINTS, RANKING

}
