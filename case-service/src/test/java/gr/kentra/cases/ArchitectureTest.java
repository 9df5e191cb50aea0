package gr.kentra.cases;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "gr.kentra.cases", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURES = {"..cases.beneficiary..", "..cases.household..", "..cases.history..",
            "..cases.profile..", "..cases.assessment..", "..cases.audit..",
            "..cases.requesttype..", "..cases.request..", "..cases.partner..", "..cases.referral..",
            "..cases.session..", "..cases.appointment..", "..cases.openinghours..",
            "..cases.investigation..", "..cases.homeless..", "..cases.distribution..", "..cases.communityevent..", "..cases.gdpr.."};

    /** The record card's parts know the registry and the audit trail, never each other. */
    @ArchTest
    static final ArchRule cardPartsAreIndependent = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition
            .slices().matching("gr.kentra.cases.(household|history|profile|assessment)..")
            .should().notDependOnEachOther();

    /** Tenancy is infrastructure: it must not know any feature. */
    @ArchTest
    static final ArchRule tenancyKnowsNoFeature = noClasses().that().resideInAPackage("..cases.tenancy..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES);

    /** Features never pick a schema themselves; Hibernate does it through the tenancy package. */
    @ArchTest
    static final ArchRule featuresDoNotTouchTenantContext = noClasses().that()
            .resideInAnyPackage(FEATURES)
            .should().dependOnClassesThat().resideInAPackage("..cases.tenancy..");

    /** Indicator facts listen to casework events; casework never knows that facts exist. */
    @ArchTest
    static final ArchRule featuresDoNotKnowTheIndicatorPipeline = noClasses().that().resideInAnyPackage(FEATURES)
            .should().dependOnClassesThat().resideInAPackage("..cases.indicator..");

    @ArchTest
    static final ArchRule nothingUsesTheReportingService = noClasses().should()
            .dependOnClassesThat().resideInAPackage("gr.kentra.reporting..");

    /** Casework flows one way: referrals use requests and partners, requests use the catalogue; never back. */
    @ArchTest
    static final ArchRule caseworkFlowsOneWay = noClasses().that()
            .resideInAnyPackage("..cases.request..", "..cases.requesttype..", "..cases.partner..")
            .should().dependOnClassesThat().resideInAPackage("..cases.referral..");

    @ArchTest
    static final ArchRule catalogueAndDirectoryKnowNoCasework = noClasses().that()
            .resideInAnyPackage("..cases.requesttype..", "..cases.partner..")
            .should().dependOnClassesThat().resideInAnyPackage("..cases.request..", "..cases.referral..");
}
