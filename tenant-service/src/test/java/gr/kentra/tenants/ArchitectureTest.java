package gr.kentra.tenants;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * What Spring Modulith cannot say ({@link ModularityTests} checks the modules inside this service): the registry
 * never holds personal data of beneficiaries, so it never uses case-service's types (or the other services' code);
 * it reaches case-service only over its internal HTTP API (package {@code provisioning}).
 */
@AnalyzeClasses(packages = "gr.kentra.tenants", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noOtherServicesTypes = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("gr.kentra.cases..", "gr.kentra.reporting..", "gr.kentra.gateway..");
}
