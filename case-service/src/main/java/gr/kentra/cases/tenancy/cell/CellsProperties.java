package gr.kentra.cases.tenancy.cell;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The database cells besides the default one: {@code kentra.cells.<name>.url/username/password}. The default
 * cell {@value DatabaseCells#DEFAULT} is always {@code spring.datasource.*}, so a one-cell setup configures
 * nothing here. A misconfigured cell stops the service at startup rather than failing a centre's requests later.
 */
@ConfigurationProperties("kentra")
record CellsProperties(Map<String, Cell> cells) {

    static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9-]{1,39}$");

    /** {@code maximumPoolSize}: optional, the default cell's pool size when absent. */
    record Cell(String url, String username, String password, Integer maximumPoolSize) {
    }

    CellsProperties {
        cells = cells == null ? Map.of() : new TreeMap<>(cells);
        cells.forEach(CellsProperties::check);
    }

    private static void check(String name, Cell cell) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("kentra.cells: '" + name + "' is not a valid cell name");
        }
        if (DatabaseCells.DEFAULT.equals(name)) {
            throw new IllegalArgumentException("kentra.cells." + name + ": the default cell is spring.datasource.*");
        }
        if (cell == null || cell.url() == null || cell.url().isBlank()) {
            throw new IllegalArgumentException("kentra.cells." + name + ".url is required");
        }
    }
}
