package dk.samspil.region;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports the boundary file named in {@code samspil.region.boundaries-file} at start. It
 * runs after the demo data, which may be what creates the municipalities. A file that
 * cannot be imported leaves the previous boundaries.
 */
@Component
@Order(100)
class BoundaryFiles implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BoundaryFiles.class);

	private final BoundaryImporter importer;

	private final String file;

	private final String attribution;

	BoundaryFiles(BoundaryImporter importer, @Value("${samspil.region.boundaries-file:}") String file,
			@Value("${samspil.region.boundaries-attribution}") String attribution) {
		this.importer = importer;
		this.file = file;
		this.attribution = attribution;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!file.isBlank()) {
			importFrom(Path.of(file));
		}
	}

	void importFrom(Path path) {
		try {
			importer.importFile(Files.readAllBytes(path), path.getFileName().toString(), attribution, "configuration");
		}
		catch (IOException ex) {
			log.warn("Could not read the boundary file {}: {}; the previous boundaries stay", path, ex.getMessage());
		}
		catch (BoundaryImportException ex) {
			log.warn("The boundary file {} was refused ({}); the previous boundaries stay", path, ex.messageKey());
		}
	}

}
