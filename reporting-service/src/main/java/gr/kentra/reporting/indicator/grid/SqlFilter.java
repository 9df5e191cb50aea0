package gr.kentra.reporting.indicator.grid;

import java.util.ArrayList;
import java.util.List;

import gr.kentra.commons.facts.Flag;
import gr.kentra.reporting.indicator.catalogue.Filter;

/**
 * An indicator's {@link Filter} as a SQL condition over the aggregates' attribute columns (the same names in
 * {@code fact_monthly} and {@code esf_participant}), with its arguments. Values are always bound, never
 * spliced into the SQL.
 */
final class SqlFilter {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> args = new ArrayList<>();

    private SqlFilter() {
    }

    static SqlFilter of(Filter filter) {
        SqlFilter where = new SqlFilter();
        where.in("category", filter.category());
        where.in("outcome", filter.outcome());
        where.in("gender", filter.gender());
        where.in("age_band", filter.ageBand());
        where.in("employment_status", filter.employmentStatus());
        if (filter.iscedMin() != null) {
            where.add(" and isced_level >= ?", filter.iscedMin());
        }
        if (filter.iscedMax() != null) {
            where.add(" and isced_level <= ?", filter.iscedMax());
        }
        if (filter.anyFlag() != null && !filter.anyFlag().isEmpty()) {
            where.add(" and (flags & ?) <> 0", Flag.mask(filter.anyFlag()));
        }
        if (filter.allFlags() != null && !filter.allFlags().isEmpty()) {
            int mask = Flag.mask(filter.allFlags());
            where.sql.append(" and (flags & ?) = ?");
            where.args.add(mask);
            where.args.add(mask);
        }
        return where;
    }

    /** The condition, starting with {@code " and"}, or empty. */
    String sql() {
        return sql.toString();
    }

    List<Object> args() {
        return args;
    }

    private void in(String column, List<String> values) {
        if (values != null && !values.isEmpty()) {
            add(" and " + column + " = any(?)", values.toArray(String[]::new));
        }
    }

    private void add(String condition, Object arg) {
        sql.append(condition);
        args.add(arg);
    }
}
