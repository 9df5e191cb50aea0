package gr.kentra.reporting.indicator.grid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import gr.kentra.commons.facts.FactType;
import gr.kentra.commons.facts.Vocabulary;
import gr.kentra.reporting.indicator.Period;
import gr.kentra.reporting.indicator.catalogue.Indicator;
import gr.kentra.reporting.suppression.Grid;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads an indicator's national grid from the pre-aggregates (never from the facts themselves). */
@Repository
public class GridQuery {

    /** The column key of facts without a value in the breakdown dimension; no code can look like it. */
    public static final String NOT_STATED = "-";
    static final String TOTAL = "TOTAL";

    private final JdbcTemplate jdbc;

    GridQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> regionOf(String tenant) {
        return jdbc.queryForList("select region_code from centre where tenant_id = ?", String.class, tenant)
                .stream().findFirst();
    }

    public NationalGrid national(Indicator indicator, Period period) {
        return national(indicator, period, centres());
    }

    /**
     * The same with the rows of general grids given: {@link #centres()} read once for every grid of a request (ESF
     * grids read their own rows, centre operations).
     */
    public NationalGrid national(Indicator indicator, Period period, Map<String, String> centres) {
        return switch (indicator.measure()) {
            case COUNT_FACTS -> facts(indicator, period, "fact_count", centres);
            case SUM_QUANTITY -> facts(indicator, period, "quantity_sum", centres);
            case DISTINCT_PERSONS -> persons(period, centres);
            case DISTINCT_PARTICIPANTS -> participants(indicator, period);
        };
    }

    /** The tables counted facts are read from, from the most detailed to the smallest. */
    public enum FactSource { MONTHLY, MONTHLY_COARSE, YEARLY_COARSE }

    /** The smallest table that answers: whole calendar years from the yearly table, unless profiles filter. */
    private NationalGrid facts(Indicator indicator, Period period, String measure, Map<String, String> centres) {
        FactSource source = !indicator.filter().onlyCoarseAttributes() ? FactSource.MONTHLY
                : period.wholeYears() ? FactSource.YEARLY_COARSE : FactSource.MONTHLY_COARSE;
        return facts(indicator, period, measure, source, centres);
    }

    NationalGrid facts(Indicator indicator, Period period, String measure, FactSource source) {
        return facts(indicator, period, measure, source, centres());
    }

    private NationalGrid facts(Indicator indicator, Period period, String measure, FactSource source,
            Map<String, String> centres) {
        SqlFilter filter = SqlFilter.of(indicator.filter());
        List<Object> args = new ArrayList<>();
        args.add(indicator.factTypes().stream().map(FactType::name).toArray(String[]::new));
        String from = switch (source) {
            case MONTHLY -> " from fact_monthly where fact_type = any(?) and period_month between ? and ?";
            case MONTHLY_COARSE ->
                " from fact_monthly_coarse where fact_type = any(?) and period_month between ? and ?";
            case YEARLY_COARSE -> " from fact_yearly_coarse where fact_type = any(?) and period_year between ? and ?";
        };
        if (source == FactSource.YEARLY_COARSE) {
            args.add(period.from().getYear());
            args.add(period.to().getYear());
        } else {
            args.add(period.fromText());
            args.add(period.toText());
        }
        args.addAll(filter.args());
        String sql = "select tenant_id, " + column(indicator.breakdown()) + ", sum(" + measure + ")" + from
                + filter.sql() + " group by 1, 2";
        return new NationalGrid(grid(centres, indicator.breakdown(), sql, args), null, null);
    }

    /** Distinct persons: pre-computed for a calendar month, quarter or year, counted exactly otherwise. */
    private NationalGrid persons(Period period, Map<String, String> centres) {
        return period.standard() ? precomputedPersons(period, centres) : exactPersons(period, centres);
    }

    /** Reads the counts intake keeps in {@code distinct_persons}; equal to {@link #exactPersons} by design. */
    public NationalGrid precomputedPersons(Period period) {
        return precomputedPersons(period, centres());
    }

    private NationalGrid precomputedPersons(Period period, Map<String, String> centres) {
        DistinctCounts counts = new DistinctCounts();
        jdbc.query("""
                select scope_level, scope_key, persons from distinct_persons
                where period_from = ? and period_to = ? and persons > 0""",
                row -> {
                    counts.put(row.getString(1), row.getString(2), row.getLong(3));
                }, period.fromText(), period.toText());
        return counts.grid(centres);
    }

    /**
     * Distinct persons per centre, per region and in the country, in one query over {@code person_month}.
     * Pseudonyms are hex: byte order ("C") compares them as well as the locale's rules, and far faster.
     */
    public NationalGrid exactPersons(Period period) {
        return exactPersons(period, centres());
    }

    private NationalGrid exactPersons(Period period, Map<String, String> centres) {
        DistinctCounts counts = new DistinctCounts();
        jdbc.query("""
                select case grouping(p.tenant_id, c.region_code) when 0 then 'C' when 2 then 'R' else 'N' end,
                    case grouping(p.tenant_id, c.region_code) when 0 then p.tenant_id when 2 then c.region_code
                        else '' end,
                    count(distinct p.person_pseudonym collate "C")
                from person_month p join centre c on c.tenant_id = p.tenant_id
                where p.period_month between ? and ?
                group by grouping sets ((p.tenant_id, c.region_code), (c.region_code), ())""",
                row -> {
                    counts.put(row.getString(1), row.getString(2), row.getLong(3));
                }, period.fromText(), period.toText());
        return counts.grid(centres);
    }

    /** Distinct counts by scope level: {@code C} centre, {@code R} region, {@code N} nation. */
    private static final class DistinctCounts {

        private final Map<String, Long> centres = new HashMap<>();
        private final Map<String, Long> regions = new HashMap<>();
        private long national;

        void put(String level, String key, long count) {
            switch (level) {
                case "C" -> centres.put(key, count);
                case "R" -> regions.put(key, count);
                default -> national = count;
            }
        }

        NationalGrid grid(Map<String, String> rows) {
            long[][] counts = new long[rows.size()][1];
            int r = 0;
            for (String tenant : rows.keySet()) {
                counts[r++][0] = centres.getOrDefault(tenant, 0L);
            }
            Grid grid = new Grid(new ArrayList<>(rows.keySet()), new ArrayList<>(rows.values()), List.of(TOTAL),
                    counts);
            return new NationalGrid(grid, regions, national);
        }
    }

    /** ESF rows are a centre's operations ({@code tenant/operation}): a participant counts once per operation. */
    private NationalGrid participants(Indicator indicator, Period period) {
        Map<String, String> rows = new LinkedHashMap<>();
        jdbc.query("""
                select distinct p.tenant_id || '/' || coalesce(p.operation_code, '-'), c.region_code
                from esf_participant p join centre c on c.tenant_id = p.tenant_id order by 2, 1""",
                row -> {
                    rows.put(row.getString(1), row.getString(2));
                });
        SqlFilter filter = SqlFilter.of(indicator.filter());
        List<Object> args = new ArrayList<>(List.of(period.fromText(), period.toText()));
        args.addAll(filter.args());
        String sql = "select tenant_id || '/' || coalesce(operation_code, '-'), " + column(Indicator.Breakdown.GENDER)
                + ", count(*) from esf_participant where period_month between ? and ?" + filter.sql() + " group by 1, 2";
        return new NationalGrid(grid(rows, Indicator.Breakdown.GENDER, sql, args), null, null);
    }

    /** Every centre reporting has seen, ordered by region then tenant: the rows of every general grid. */
    public Map<String, String> centres() {
        Map<String, String> centres = new LinkedHashMap<>();
        jdbc.query("select tenant_id, region_code from centre order by region_code, tenant_id",
                row -> {
                    centres.put(row.getString(1), row.getString(2));
                });
        return centres;
    }

    private Grid grid(Map<String, String> rows, Indicator.Breakdown breakdown, String sql, List<Object> args) {
        Map<String, Map<String, Long>> values = new HashMap<>();
        TreeSet<String> seen = new TreeSet<>();
        jdbc.query(sql, row -> {
            String key = row.getString(2);
            seen.add(key);
            values.computeIfAbsent(row.getString(1), r -> new HashMap<>()).put(key, row.getLong(3));
        }, args.toArray());
        List<String> columns = columns(breakdown, seen);
        List<String> rowKeys = new ArrayList<>(rows.keySet());
        long[][] counts = new long[rowKeys.size()][columns.size()];
        for (int r = 0; r < rowKeys.size(); r++) {
            Map<String, Long> row = values.getOrDefault(rowKeys.get(r), Map.of());
            for (int c = 0; c < columns.size(); c++) {
                counts[r][c] = row.getOrDefault(columns.get(c), 0L);
            }
        }
        return new Grid(rowKeys, new ArrayList<>(rows.values()), columns, counts);
    }

    /** Gender columns are the fixed vocabulary; others are the values seen, with "not stated" last. */
    private static List<String> columns(Indicator.Breakdown breakdown, TreeSet<String> seen) {
        List<String> columns = new ArrayList<>();
        if (breakdown == Indicator.Breakdown.NONE) {
            return List.of(TOTAL);
        }
        if (breakdown == Indicator.Breakdown.GENDER) {
            columns.addAll(Vocabulary.GENDERS);
        }
        java.util.Comparator<String> order = breakdown == Indicator.Breakdown.CATEGORY_OUTCOME
                ? GridQuery::byStatedParts : java.util.Comparator.naturalOrder();
        seen.stream().filter(key -> !columns.contains(key) && !key.equals(NOT_STATED)).sorted(order)
                .forEach(columns::add);
        if (seen.contains(NOT_STATED)) {
            columns.add(NOT_STATED);
        }
        return columns.isEmpty() ? List.of(TOTAL) : columns;
    }

    /** Two-dimensional keys by category, then outcome, each with "not stated" after the values. */
    private static int byStatedParts(String one, String other) {
        String[] a = one.split(java.util.regex.Pattern.quote(Indicator.Breakdown.SEPARATOR), 2);
        String[] b = other.split(java.util.regex.Pattern.quote(Indicator.Breakdown.SEPARATOR), 2);
        int first = stated(a[0], b[0]);
        return first != 0 ? first : stated(a[1], b[1]);
    }

    private static int stated(String one, String other) {
        boolean a = one.equals(NOT_STATED);
        boolean b = other.equals(NOT_STATED);
        return a != b ? (a ? 1 : -1) : one.compareTo(other);
    }

    private static String column(Indicator.Breakdown breakdown) {
        return switch (breakdown) {
            case CATEGORY_OUTCOME -> "coalesce(category, '" + NOT_STATED + "') || '" + Indicator.Breakdown.SEPARATOR
                    + "' || coalesce(outcome, '" + NOT_STATED + "')";
            case NONE -> "'" + TOTAL + "'";
            case CATEGORY -> "coalesce(category, '" + NOT_STATED + "')";
            case OUTCOME -> "coalesce(outcome, '" + NOT_STATED + "')";
            case GENDER -> "coalesce(gender, '" + NOT_STATED + "')";
        };
    }
}
