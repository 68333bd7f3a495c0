package vn.health.testkit;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rooms of the platform: a service may use {@code contracts} and the shared kits, never another
 * service's classes. Cross-service data travels as events or through the public API.
 */
public final class ServiceBoundaries {

	private static final List<String> SERVICES = List.of("plan", "reporting", "calendar", "notification", "gateway",
			"auth");

	private ServiceBoundaries() {
	}

	/** Fails when a class of {@code vn.health.<service>} depends on another service's package. */
	public static void check(String service) {
		if (!SERVICES.contains(service)) {
			throw new IllegalArgumentException("Unknown service " + service + "; known: " + SERVICES);
		}
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("vn.health." + service);
		if (classes.isEmpty()) {
			throw new IllegalStateException("No classes found in vn.health." + service);
		}
		String[] others = SERVICES.stream()
			.filter((other) -> !other.equals(service))
			.map((other) -> "vn.health." + other + "..")
			.toArray(String[]::new);
		noClasses().should().dependOnClassesThat().resideInAnyPackage(others).check(classes);
		noClasses().should()
			.dependOnClassesThat()
			.resideInAPackage("vn.health.testkit..")
			.because("test support must stay out of production code")
			.check(classes);
	}

}
