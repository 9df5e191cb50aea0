package gr.kentra.reporting.indicator.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

import gr.kentra.reporting.indicator.Value;
import gr.kentra.reporting.indicator.grid.NationalGrid;
import gr.kentra.reporting.suppression.Grid;
import gr.kentra.reporting.suppression.ProtectedGrid;

/**
 * Cuts every view (national, region, centre, ESF operation) out of ONE protected national grid, so that
 * two overlapping views never disagree on what is hidden and cannot be subtracted from each other.
 */
final class Views {

    /** A row of a view: its key (region, centre or operation) and its published numbers. */
    record Line(String key, List<Value> cells, Value total) {
    }

    /** The rows of a view and the line of its totals. */
    record Cut(List<Line> rows, Line totals) {
    }

    private Views() {
    }

    /** Rows are regions; totals are the country's. */
    static Cut national(ProtectedGrid grid, NationalGrid national, int k) {
        List<Line> rows = new ArrayList<>();
        for (String region : grid.grid().groups()) {
            rows.add(regionLine(grid, national, region, k));
        }
        int columns = grid.grid().columnCount();
        List<Value> cells = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            cells.add(national.additive() || columns > 1
                    ? Value.of(grid.columnTotal(c), grid.totalMark(grid.columnTotalHidden(c)))
                    : Value.distinct(national.nationalDistinct(), grid.columnTotalHidden(c), k));
        }
        Value total = national.additive() ? Value.of(grid.grandTotal(), grid.totalMark(grid.grandTotalHidden()))
                : Value.distinct(national.nationalDistinct(), grid.grandTotalHidden(), k);
        return new Cut(rows, new Line("", cells, total));
    }

    /** Rows are the region's centres (or centre operations); totals are the region's. */
    static Cut region(ProtectedGrid grid, NationalGrid national, String region, int k) {
        Grid g = grid.grid();
        List<Line> rows = new ArrayList<>();
        for (int r = 0; r < g.rowCount(); r++) {
            if (g.rowGroups().get(r).equals(region)) {
                rows.add(row(grid, r));
            }
        }
        Line totals = g.groups().contains(region) ? regionLine(grid, national, region, k) : zeros("", g);
        return new Cut(rows, totals);
    }

    /** One centre's row; its totals are the row itself. */
    static Cut centre(ProtectedGrid grid, String tenant) {
        Optional<Line> line = rows(grid, r -> grid.grid().rowKeys().get(r).equals(tenant), tenant);
        return new Cut(line.map(List::of).orElse(List.of()), line.orElse(zeros(tenant, grid.grid())));
    }

    /**
     * The sum of the rows matching {@code selected} (e.g. the centres running one ESF operation). A sum with
     * a hidden part is hidden: publishing it could give the hidden part away.
     */
    static Optional<Line> rows(ProtectedGrid grid, IntPredicate selected, String key) {
        Grid g = grid.grid();
        long[] sums = new long[g.columnCount()];
        boolean[] hidden = new boolean[g.columnCount()];
        long total = 0;
        boolean totalHidden = false;
        int matched = 0;
        for (int r = 0; r < g.rowCount(); r++) {
            if (selected.test(r)) {
                matched++;
                for (int c = 0; c < g.columnCount(); c++) {
                    sums[c] += g.count(r, c);
                    hidden[c] |= grid.cellHidden(r, c);
                }
                total += grid.rowTotal(r);
                totalHidden |= grid.rowTotalHidden(r);
            }
        }
        if (matched == 0) {
            return Optional.empty();
        }
        // A sum of several rows says nothing about its size when hidden: "<k" would bound its hidden parts.
        boolean one = matched == 1;
        List<Value> cells = new ArrayList<>();
        for (int c = 0; c < g.columnCount(); c++) {
            cells.add(Value.of(sums[c], one ? grid.mark(sums[c], hidden[c]) : complementary(hidden[c])));
        }
        return Optional.of(new Line(key, cells,
                Value.of(total, one ? grid.totalMark(totalHidden) : complementary(totalHidden))));
    }

    private static Line row(ProtectedGrid grid, int r) {
        List<Value> cells = new ArrayList<>();
        for (int c = 0; c < grid.grid().columnCount(); c++) {
            cells.add(Value.of(grid.grid().count(r, c), grid.mark(grid.grid().count(r, c), grid.cellHidden(r, c))));
        }
        return new Line(grid.grid().rowKeys().get(r), cells, Value.of(grid.rowTotal(r),
                grid.totalMark(grid.rowTotalHidden(r))));
    }

    private static Line regionLine(ProtectedGrid grid, NationalGrid national, String region, int k) {
        int columns = grid.grid().columnCount();
        List<Value> cells = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            boolean hidden = grid.groupColumnTotalHidden(region, c);
            cells.add(national.additive() || columns > 1 ? Value.of(grid.groupColumnTotal(region, c), grid.totalMark(hidden))
                    : Value.distinct(national.regionDistinct().get(region), hidden, k));
        }
        Value total = national.additive() ? Value.of(grid.groupTotal(region),
                grid.totalMark(grid.groupTotalHidden(region)))
                : Value.distinct(national.regionDistinct().get(region), grid.groupTotalHidden(region), k);
        return new Line(region, cells, total);
    }

    private static ProtectedGrid.Hidden complementary(boolean hidden) {
        return hidden ? ProtectedGrid.Hidden.COMPLEMENTARY : null;
    }

    static Line zeros(String key, Grid grid) {
        List<Value> cells = new ArrayList<>();
        for (int c = 0; c < grid.columnCount(); c++) {
            cells.add(Value.of(0, null));
        }
        return new Line(key, cells, Value.of(0, null));
    }
}
