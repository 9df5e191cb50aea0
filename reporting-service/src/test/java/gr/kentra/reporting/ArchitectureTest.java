package gr.kentra.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * What Spring Modulith cannot say ({@link ModularityTests} checks the modules inside this service): reporting-service
 * holds pseudonymised facts only, so nothing in it may use a type that carries personal data. Those live in
 * case-service; of the other services' code reporting may see only the fact contract and the shared plumbing
 * (platform-commons), and none of its own types may hold a direct identifier.
 */
@AnalyzeClasses(packages = "gr.kentra.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** reporting-service must never see a personal-data type of case-service, nor the other services' code. */
    @ArchTest
    static final ArchRule noPersonalDataTypes = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("gr.kentra.cases..", "gr.kentra.tenants..", "gr.kentra.gateway..");

    /** No field of reporting's own types is a direct identifier or a person's detail (the fact carries none). */
    @ArchTest
    static final ArchRule noDirectIdentifierFields = noFields().should()
            .haveNameMatching("(?i).*(amka|afm|firstName|lastName|dateOfBirth|birthDate|address|phone|email).*");
}
