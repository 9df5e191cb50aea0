package gr.kentra.tenants.centre.cell;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kentra.cells}: the names of the database cells a centre may be placed on, as case-service knows them
 * ({@code kentra.cells.<name>.*} there). A centre onboarded without a cell goes to {@value #DEFAULT}, so the list
 * must hold it; one cell, the default, when nothing is configured.
 */
@ConfigurationProperties("kentra")
public record CellsProperties(List<String> cells) {

    public static final String DEFAULT = "cell-1";
    private static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9-]{1,39}$");

    public CellsProperties {
        cells = cells == null || cells.isEmpty() ? List.of(DEFAULT) : List.copyOf(cells);
        for (String cell : cells) {
            if (!NAME.matcher(cell).matches()) {
                throw new IllegalArgumentException("kentra.cells: '" + cell + "' is not a valid cell name");
            }
        }
        if (!cells.contains(DEFAULT)) {
            throw new IllegalArgumentException("kentra.cells must hold the default cell " + DEFAULT);
        }
    }

    public boolean exists(String cell) {
        return cells.contains(cell);
    }
}
