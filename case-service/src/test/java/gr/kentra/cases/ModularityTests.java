package gr.kentra.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application modules are the top-level packages under {@code gr.kentra.cases}; each one's
 * {@code package-info.java} says what it owns and which modules it may use. {@code verify()} fails the build on a
 * cycle between modules, on a type used from another module's internal sub-package (not a named interface) and on
 * a dependency its {@code allowedDependencies} do not list.
 */
class ModularityTests {

    private static final Path OUTPUT = Path.of("target", "spring-modulith-docs");

    static final ApplicationModules MODULES = ApplicationModules.of(CaseServiceApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    /**
     * Writes the module diagrams (PlantUML: {@code components.puml}, one {@code module-<name>.puml} each), the module
     * canvases ({@code module-<name>.adoc}) and {@code all-docs.adoc} into {@code case-service/target/spring-modulith-docs}.
     */
    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString()))
                .writeDocumentation();

        assertThat(OUTPUT.resolve("components.puml")).exists();
        assertThat(OUTPUT.resolve("module-tenancy.puml")).exists();
        assertThat(OUTPUT.resolve("all-docs.adoc")).exists();
    }
}
