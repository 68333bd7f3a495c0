package vn.health.calendar;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import vn.health.testkit.ServiceBoundaries;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class CalendarArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("vn.health.calendar");

	@Test
	void dependsOnNoOtherService() {
		ServiceBoundaries.check("calendar");
	}

	@Test
	void keepsDateExpressionsLunarDatesAndWorkingDaysFreeOfSpring() {
		noClasses().that()
			.resideInAPackage("..calendar.expression..")
			.or()
			.haveSimpleName("LunarCalendar")
			.or()
			.haveSimpleName("PublicHolidays")
			.or()
			.haveSimpleName("WorkingDays")
			.or()
			.haveSimpleName("CalendarRange")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework..")
			.check(CLASSES);
	}

}
