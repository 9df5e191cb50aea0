package gr.kentra.cases.tenancy.cell;

import gr.kentra.launcher.testing.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Two database cells for a test context: two databases of their own on the embedded server. */
public final class TwoCells {

    private TwoCells() {
    }

    /** {@code cellOne} as the default cell ({@code spring.datasource}), {@code cellTwo} as {@code cell-2}. */
    public static void register(DynamicPropertyRegistry registry, String cellOne, String cellTwo) {
        registry.add("spring.datasource.url", () -> TestPostgres.database(cellOne));
        registry.add("spring.datasource.username", TestPostgres::username);
        registry.add("spring.datasource.password", TestPostgres::password);
        registry.add("kentra.cells.cell-2.url", () -> TestPostgres.database(cellTwo));
        registry.add("kentra.cells.cell-2.username", TestPostgres::username);
        registry.add("kentra.cells.cell-2.password", TestPostgres::password);
        registry.add("kentra.cells.cell-2.maximum-pool-size", () -> "4");
    }
}
