package gr.kentra.reporting.dashboard;

import java.util.List;

/** A table of published values as a page prints it: a caption, column headers, rows with headers, totals. */
public record TableView(String caption, String rowHeader, List<Option> columns, List<Line> rows, Line totals) {

    /** A row: its key (region, centre, indicator), its header text, a link to its own page if any. */
    public record Line(String key, String label, String href, List<Cell> cells) {
    }

    /** One value: its column key, its text ({@code <k} when hidden) and whether it is hidden. */
    public record Cell(String column, String text, boolean suppressed) {
    }
}
