package dk.samspil.jobs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Periodic work is a recurring job of db-scheduler, never Spring's {@code @Scheduled},
 * which runs on every instance: with two instances behind a load balancer, a digest would
 * go out twice. (Scheduling is not even switched on; a {@code @Scheduled} method would
 * silently never run.)
 */
class OneSchedulerTest {

	@Test
	void noPeriodicWorkUsesSpringsPerInstanceScheduling() {
		noMethods().should()
			.beAnnotatedWith(Scheduled.class)
			.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("dk.samspil"));
	}

}
