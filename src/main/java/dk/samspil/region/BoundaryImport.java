package dk.samspil.region;

import java.time.Instant;
import java.time.LocalDate;

import dk.samspil.time.DanishTime;

/**
 * Who imported the boundaries shown, from which file, and the credit the map must show
 * for them.
 */
record BoundaryImport(String importedBy, String sourceName, String attribution, Instant importedAt) {

	public LocalDate importedOn() {
		return importedAt.atZone(DanishTime.ZONE).toLocalDate();
	}
}
