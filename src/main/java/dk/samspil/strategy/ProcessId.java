package dk.samspil.strategy;

/** Refers to a planning strategy process. */
public record ProcessId(long value) {
}
