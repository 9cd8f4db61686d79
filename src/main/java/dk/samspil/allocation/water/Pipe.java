package dk.samspil.allocation.water;

/** A pipe, channel or transfer between two elements of a water model. */
public record Pipe(String id, String from, String to, double capacityPerMonth, double costPerM3, double loss) {
}
