package dk.samspil.region;

/**
 * A municipality of the collaboration. {@code populationYear} is null where the
 * population is an estimate; the position marks the municipality on the map when no
 * boundaries have been imported.
 */
public record Municipality(MunicipalityCode code, String name, int population, Integer populationYear, Integer areaKm2,
		double latitude, double longitude) {

	public Municipality {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A municipality needs a name");
		}
		if (population < 0) {
			throw new IllegalArgumentException("A population cannot be negative");
		}
	}

	public boolean populationIsEstimate() {
		return populationYear == null;
	}
}
