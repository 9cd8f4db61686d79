package dk.samspil.strategy;

/**
 * Where a topic is: open for comments, endorsements and rounds, merged into another, or
 * retired.
 */
public enum TopicStatus {

	OPEN, MERGED, RETIRED

}
