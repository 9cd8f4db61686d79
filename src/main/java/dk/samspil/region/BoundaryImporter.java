package dk.samspil.region;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces all boundaries with those of one file, or with nothing if any part of the file
 * is wrong.
 */
@Component
class BoundaryImporter {

	private static final Logger log = LoggerFactory.getLogger(BoundaryImporter.class);

	private final Municipalities municipalities;

	private final Boundaries boundaries;

	private final Clock clock;

	BoundaryImporter(Municipalities municipalities, Boundaries boundaries, Clock clock) {
		this.clock = clock;
		this.municipalities = municipalities;
		this.boundaries = boundaries;
	}

	@Transactional
	int importFile(byte[] content, String sourceName, String attribution, String importedBy) {
		Set<MunicipalityCode> known = municipalities.findAll()
			.stream()
			.map(Municipality::code)
			.collect(Collectors.toSet());
		var geometries = BoundaryFile.read(content, known);
		boundaries.replaceAll(geometries,
				new BoundaryImport(importedBy, sourceName, attribution.strip(), clock.instant()));
		log.info("{} imported boundaries of {} municipalities from {}", importedBy, geometries.size(), sourceName);
		return geometries.size();
	}

}
