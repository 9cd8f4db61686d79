package dk.samspil.allocation.water;

/** A waterworks: treats raw water into potable water, up to {@code capacityPerMonth}. */
public record Waterworks(String id, String municipality, double capacityPerMonth) {

	public Waterworks {
		Checks.amount(id, "treatment capacity", capacityPerMonth);
	}
}
