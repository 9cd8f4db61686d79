package dk.samspil.demo;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.samspil.region.Region;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data into an empty database when it is wanted ({@link DemoDataSwitch}).
 */
@Component
@Order(0)
class DemoDataAtStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataAtStart.class);

	private final DemoData demo;

	private final Region region;

	private final boolean enabled;

	private final Path boundaries;

	DemoDataAtStart(DemoData demo, Region region, @Value("${samspil.demo.enabled}") boolean enabled,
			@Value("${samspil.demo.boundaries-file:}") String boundaries) {
		this.demo = demo;
		this.region = region;
		this.enabled = enabled;
		this.boundaries = boundaries.isBlank() ? null : Path.of(boundaries);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (enabled && demo.databaseIsEmpty()) {
			demo.load();
			log.info("Loaded the demo data of the Triangle Region");
			if (boundaries != null && Files.isReadable(boundaries)) {
				region.importBoundaryFile(boundaries);
			}
		}
		if (demo.isLoaded()) {
			log.info("""
					Demo logins (demo only; password for all: {}):
					  {}  secretariat, administers everything
					  kolding.klima  chair of Klimachefgruppen
					  fredericia.vand  chair of Teknisk vand
					  vejle.vand  member of Teknisk vand, chair of Vandressourcen
					  billund.mobilitet  member of Sammenhængende grøn mobilitet
					  vejle.byraad  council secretary of Vejle for the joint plan (one per municipality)
					Citizens need no login: the public consultations are at /consultations""", DemoData.PASSWORD,
					DemoData.SECRETARIAT_LOGIN);
		}
	}

}
