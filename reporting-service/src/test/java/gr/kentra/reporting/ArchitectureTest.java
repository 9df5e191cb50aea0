package gr.kentra.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "gr.kentra.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** reporting-service must never see a personal-data type of case-service. */
    @ArchTest
    static final ArchRule noPersonalDataTypes = noClasses().should()
            .dependOnClassesThat().resideInAPackage("gr.kentra.cases..");
}
