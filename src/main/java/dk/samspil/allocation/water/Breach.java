package dk.samspil.allocation.water;

/**
 * An environmental limit broken in one month: a groundwater cap exceeded, or a minimum
 * flow cut while water was abstracted from the same source. Only drinking water can cause
 * one, and only where the model allows it.
 *
 * @param element the groundwater body or surface source
 * @param limit "abstraction cap", "stream contribution" or "minimum flow"
 * @param month step index from the horizon's start
 * @param amount m³ beyond the limit
 */
public record Breach(String element, String limit, int month, double amount) {
}
