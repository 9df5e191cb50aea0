package gr.kentra.cases;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "gr.kentra.cases", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Tenancy is infrastructure: it must not know any feature. */
    @ArchTest
    static final ArchRule tenancyKnowsNoFeature = noClasses().that().resideInAPackage("..cases.tenancy..")
            .should().dependOnClassesThat().resideInAPackage("..cases.beneficiary..");

    /** Features never pick a schema themselves; Hibernate does it through the tenancy package. */
    @ArchTest
    static final ArchRule featuresDoNotTouchTenantContext = noClasses().that()
            .resideInAPackage("..cases.beneficiary..")
            .should().dependOnClassesThat().resideInAPackage("..cases.tenancy..");

    @ArchTest
    static final ArchRule nothingUsesTheReportingService = noClasses().should()
            .dependOnClassesThat().resideInAPackage("gr.kentra.reporting..");
}
