package gr.kentra.reporting.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import gr.kentra.reporting.suppression.Grid;
import gr.kentra.reporting.suppression.ProtectedGrid;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * An attacker written apart from the protection code: it reads only what is published (each table's numbers and
 * marks, through {@link ProtectedGrid}'s public view) and what it knows about the indicators (links it derives
 * itself), and solves the whole system with linear programming (ojAlgo, used directly). The unknowns are the
 * cells of every table; a published number fixes the sum of its cells, a hidden one is bounded by its mark
 * ({@code <k}: 1..k-1; hidden to protect others: at least k where small values are marked, else at least 1).
 * For every hidden value whose true count is small it asks the smallest and largest count the system allows.
 */
final class LinkedAttacker {

    /** A hidden small count and what the attacker could narrow it to. */
    record Finding(String table, String value, long truth, long min, long max) {
    }

    private record Sum(List<Variable> cells, long truth, boolean markedSmall) {
    }

    private final int k;
    private final ExpressionsBasedModel model = new ExpressionsBasedModel();
    private final Map<String, Variable[][]> cells = new LinkedHashMap<>();
    private final Map<String, List<String>> columnKeys = new LinkedHashMap<>();
    private final List<Sum> targets = new ArrayList<>();
    private final List<String> targetNames = new ArrayList<>();
    private final List<String> targetTables = new ArrayList<>();

    LinkedAttacker(int k) {
        this.k = k;
    }

    /** Everything one published table (a protected national grid: every view is cut from it) tells. */
    void read(String name, ProtectedGrid published) {
        Grid grid = published.grid();
        Variable[][] vars = new Variable[grid.rowCount()][grid.columnCount()];
        for (int r = 0; r < grid.rowCount(); r++) {
            for (int c = 0; c < grid.columnCount(); c++) {
                vars[r][c] = model.addVariable(name + "|" + r + "|" + c).lower(0);
            }
        }
        cells.put(name, vars);
        columnKeys.put(name, grid.columnKeys());
        // The marking rule is public: small cells of a grid that marks sizes are "<k", so a cell hidden with the
        // other mark there is at least k; a hidden total is only known to be at least 1 (zeros are published).
        long cellFloor = published.sizeMarks() ? k : 1;
        long floor = 1;
        for (int r = 0; r < grid.rowCount(); r++) {
            for (int c = 0; c < grid.columnCount(); c++) {
                value(name, "cell " + grid.rowKeys().get(r) + "/" + grid.columnKeys().get(c), List.of(vars[r][c]),
                        grid.count(r, c), published.cellHidden(r, c), true, published, cellFloor);
            }
            List<Variable> row = List.of(vars[r]);
            value(name, "row " + grid.rowKeys().get(r), row, published.rowTotal(r), published.rowTotalHidden(r),
                    false, published, floor);
        }
        for (int c = 0; c < grid.columnCount(); c++) {
            List<Variable> column = new ArrayList<>();
            for (int r = 0; r < grid.rowCount(); r++) {
                column.add(vars[r][c]);
            }
            value(name, "column " + grid.columnKeys().get(c), column, published.columnTotal(c),
                    published.columnTotalHidden(c), false, published, floor);
            for (String group : grid.groups()) {
                List<Variable> groupColumn = new ArrayList<>();
                for (int r = 0; r < grid.rowCount(); r++) {
                    if (grid.rowGroups().get(r).equals(group)) {
                        groupColumn.add(vars[r][c]);
                    }
                }
                value(name, "region " + group + "/" + grid.columnKeys().get(c), groupColumn,
                        published.groupColumnTotal(group, c), published.groupColumnTotalHidden(group, c), false,
                        published, floor);
            }
        }
        for (String group : grid.groups()) {
            List<Variable> all = new ArrayList<>();
            for (int r = 0; r < grid.rowCount(); r++) {
                if (grid.rowGroups().get(r).equals(group)) {
                    all.addAll(List.of(vars[r]));
                }
            }
            value(name, "region " + group, all, published.groupTotal(group), published.groupTotalHidden(group),
                    false, published, floor);
        }
        List<Variable> all = new ArrayList<>();
        for (Variable[] row : vars) {
            all.addAll(List.of(row));
        }
        value(name, "total", all, published.grandTotal(), published.grandTotalHidden(), false, published, floor);
    }

    private void value(String table, String name, List<Variable> sum, long truth, boolean hidden, boolean cell,
            ProtectedGrid published, long floor) {
        Expression expression = model.addExpression();
        sum.forEach(v -> expression.set(v, 1));
        if (!hidden) {
            expression.level(truth);
            return;
        }
        ProtectedGrid.Hidden mark = cell ? published.mark(truth, true) : published.totalMark(true);
        if (mark == ProtectedGrid.Hidden.PRIMARY) {
            expression.lower(1).upper(k - 1);
        } else {
            expression.lower(floor);
        }
        if (truth > 0 && truth < k) {
            targets.add(new Sum(sum, truth, mark == ProtectedGrid.Hidden.PRIMARY));
            targetNames.add(name);
            targetTables.add(table);
        }
    }

    /** {@code sum of parts (+ known rest) = whole}, cell by cell (what "every participant has one status" gives). */
    void equal(String whole, List<String> parts) {
        Variable[][] w = cells.get(whole);
        for (int r = 0; r < w.length; r++) {
            for (int c = 0; c < w[r].length; c++) {
                Expression expression = model.addExpression().level(0);
                expression.set(w[r][c], 1);
                for (String part : parts) {
                    expression.set(cells.get(part)[r][c], -1);
                }
            }
        }
    }

    /**
     * {@code whole = sum of the detail's columns that add up into it}, row by row: the detail breaks the whole down by
     * one more dimension (referrals by service type and outcome, and by outcome), {@code into} naming the whole's
     * column a detail column adds up into. Rows are the same in both (every centre).
     */
    void breaksDown(String whole, String detail, java.util.function.UnaryOperator<String> into) {
        Variable[][] w = cells.get(whole);
        Variable[][] d = cells.get(detail);
        List<String> wholeColumns = columnKeys.get(whole);
        List<String> detailColumns = columnKeys.get(detail);
        for (int r = 0; r < w.length; r++) {
            for (int c = 0; c < wholeColumns.size(); c++) {
                Expression expression = model.addExpression().level(0);
                expression.set(w[r][c], 1);
                for (int dc = 0; dc < detailColumns.size(); dc++) {
                    if (into.apply(detailColumns.get(dc)).equals(wholeColumns.get(c))) {
                        expression.set(d[r][dc], -1);
                    }
                }
            }
        }
    }

    /** {@code sum of parts <= whole}, cell by cell. */
    void atMost(List<String> parts, String whole) {
        Variable[][] w = cells.get(whole);
        for (int r = 0; r < w.length; r++) {
            for (int c = 0; c < w[r].length; c++) {
                Expression expression = model.addExpression().upper(0);
                expression.set(w[r][c], -1);
                for (String part : parts) {
                    expression.set(cells.get(part)[r][c], 1);
                }
            }
        }
    }

    /**
     * {@code 0 <= sum <= most * count}, cell by cell: the same facts counted ({@code count}) and their quantity
     * summed ({@code sum}), each fact's quantity within 0..{@code most} (events and their attendance).
     */
    void sameFacts(String count, String sum, long most) {
        Variable[][] n = cells.get(count);
        Variable[][] s = cells.get(sum);
        for (int r = 0; r < n.length; r++) {
            for (int c = 0; c < n[r].length; c++) {
                Expression expression = model.addExpression().upper(0);
                expression.set(s[r][c], 1);
                expression.set(n[r][c], -most);
            }
        }
    }

    /**
     * Every hidden small count the system pins (min = max), bounds below k - 1, or, when marked {@code <k},
     * bounds above 1: the protection levels k and k, a reader learning nothing beyond the mark. (The lower end of
     * a total is not asked: its hidden parts are each at least 1 and published parts bound it.)
     */
    List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        for (int t = 0; t < targets.size(); t++) {
            Sum target = targets.get(t);
            // A copy per question: the model keeps the objective of its first solve.
            ExpressionsBasedModel question = model.copy();
            Expression objective = question.addExpression("objective").weight(1);
            target.cells().forEach(v -> objective.set(question.getVariable(model.indexOf(v)), 1));
            Optimisation.Result min = question.minimise();
            Optimisation.Result max = question.maximise();
            if (!min.getState().isFeasible() || !max.getState().isFeasible()) {
                throw new IllegalStateException("the published system has no solution: " + min + " " + max);
            }
            long low = (long) Math.ceil(min.getValue() - 1e-6);
            long high = max.getState() == Optimisation.State.UNBOUNDED ? Long.MAX_VALUE
                    : (long) Math.floor(max.getValue() + 1e-6);
            // No value pinned, none provably below k - 1, and a "<k" one not provably above 1.
            if (low == high || high < k - 1 || target.markedSmall() && low > 1) {
                findings.add(new Finding(targetTables.get(t), targetNames.get(t), target.truth(), low, high));
            }
        }
        return findings;
    }
}
