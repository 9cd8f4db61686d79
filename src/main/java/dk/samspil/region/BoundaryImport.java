package dk.samspil.region;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Who imported the boundaries shown, from which file, and the credit the map must show for them. */
record BoundaryImport(String importedBy, String sourceName, String attribution, Instant importedAt) {

	private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

	public LocalDate importedOn() {
		return importedAt.atZone(DENMARK).toLocalDate();
	}
}
