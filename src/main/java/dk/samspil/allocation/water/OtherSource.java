package dk.samspil.allocation.water;

/**
 * Any other source, such as desalination: a monthly capacity at a cost per m³, of a given
 * quality.
 */
public record OtherSource(String id, String municipality, double capacityPerMonth, double costPerM3, Quality quality) {

	public OtherSource {
		Checks.amount(id, "capacity", capacityPerMonth);
		Checks.amount(id, "cost", costPerM3);
	}
}
