package gr.kentra.commons.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The servlet services' shared web plumbing keeps its rooms one-way (each room's {@code package-info.java} says
 * what it owns): problem details and the locale rules stand alone, strict input reading refuses through the
 * problem details, and only the auto-configuration beside them wires the three together.
 */
@AnalyzeClasses(packages = "gr.kentra.commons.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebRoomsTest {

    private static final String WEB = "gr.kentra.commons.web";

    @ArchTest
    static final ArchRule problemDetailsStandAlone = noClasses().that().resideInAPackage(WEB + ".problem..")
            .should().dependOnClassesThat().resideInAnyPackage(WEB + ".input..", WEB + ".locale..")
            .orShould().dependOnClassesThat().resideInAPackage(WEB);

    @ArchTest
    static final ArchRule localeRulesStandAlone = noClasses().that().resideInAPackage(WEB + ".locale..")
            .should().dependOnClassesThat().resideInAnyPackage(WEB + ".input..", WEB + ".problem..")
            .orShould().dependOnClassesThat().resideInAPackage(WEB);

    @ArchTest
    static final ArchRule inputRefusesThroughProblemDetailsOnly = noClasses().that().resideInAPackage(WEB + ".input..")
            .should().dependOnClassesThat().resideInAPackage(WEB + ".locale..")
            .orShould().dependOnClassesThat().resideInAPackage(WEB);

    @ArchTest
    static final ArchRule roomsHaveNoCycles = slices().matching(WEB + ".(*)..").should().beFreeOfCycles();
}
