package gr.kentra.reporting;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The top-level packages of reporting-service are application modules (Spring Modulith): each reaches another only
 * through what that one exposes (its top-level public types or a named interface), and no two depend on each
 * other in a cycle. Each module's {@code package-info.java} says what it owns and what it may use.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ReportingServiceApplication.class);

    @Test
    void modulesReachEachOtherOnlyThroughWhatTheyExposeAndFormNoCycle() {
        MODULES.verify();
    }

    /** The module documentation (component diagrams, one canvas per module) in target/spring-modulith-docs. */
    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
    }
}
