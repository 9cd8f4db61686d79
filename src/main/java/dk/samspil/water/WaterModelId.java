package dk.samspil.water;

/**
 * Refers to a water model, from this module and from others (a run cited in a meeting).
 */
public record WaterModelId(long value) {
}
