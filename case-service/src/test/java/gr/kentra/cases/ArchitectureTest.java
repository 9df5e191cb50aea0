package gr.kentra.cases;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * What Spring Modulith cannot say, since it sees only this application's modules: the boundaries between them are
 * each module's {@code package-info.java}, verified by {@link ModularityTests}.
 */
@AnalyzeClasses(packages = "gr.kentra.cases", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Facts go to reporting-service over HTTP only; its code is never on this side. */
    @ArchTest
    static final ArchRule nothingUsesTheReportingService = noClasses().should()
            .dependOnClassesThat().resideInAPackage("gr.kentra.reporting..");
}
