package dk.samspil.allocation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.base.DescribedPredicate;

import org.junit.jupiter.api.Test;

/**
 * The engine stays plain Java, so it can run in a batch job, a benchmark or any other
 * host.
 */
class EngineArchitectureTest {

	@Test
	void theEngineUsesNoSpringWebOrDatabaseTypes() {
		// package-info may carry Spring Modulith's annotations: they describe the module,
		// not its code
		DescribedPredicate<JavaClass> packageInfo = DescribedPredicate.describe("package-info",
				type -> type.getSimpleName().equals("package-info"));
		noClasses().that()
			.resideInAPackage("dk.samspil.allocation..")
			.and(DescribedPredicate.not(packageInfo))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta..", "java.sql..", "javax.sql..")
			.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("dk.samspil.allocation"));
	}

}
