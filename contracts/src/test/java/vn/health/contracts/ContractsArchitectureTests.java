package vn.health.contracts;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Contracts are shared by every service, so they carry no framework and no behaviour. */
@AnalyzeClasses(packages = "vn.health.contracts", importOptions = ImportOption.DoNotIncludeTests.class)
class ContractsArchitectureTests {

	@ArchTest
	static final ArchRule dependOnTheJdkOnly = noClasses().should()
		.dependOnClassesThat()
		.resideOutsideOfPackages("java..", "vn.health.contracts..");

	@ArchTest
	static final ArchRule eventsAreRecords = classes().that()
		.implement(IntegrationEvent.class)
		.should()
		.beRecords();

}
