package dk.samspil.strategy;

/** Refers to a prioritisation round. */
public record RoundId(long value) {
}
