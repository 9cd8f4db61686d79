package dk.samspil.strategy;

/** Refers to a topic of a planning strategy. */
public record TopicId(long value) {
}
