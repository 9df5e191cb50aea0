package gr.kentra.reporting.indicator;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import gr.kentra.reporting.aggregate.Aggregates;
import gr.kentra.reporting.fact.FactType;
import gr.kentra.reporting.suppression.ProtectedGrid;
import gr.kentra.reporting.suppression.Suppression;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Protects a period of several months by its months. Every month can be asked for on its own, so a period's
 * table must not publish what its months hide: a year minus its other eleven months would give a hidden month
 * away (and so would any two overlapping ranges). For additive counts the period's grid hides every value hidden
 * in any of its months' protected grids ({@link Suppression#protectWithin}). What each month hides is kept by
 * (indicator, month) while the month's stamps for the indicator's fact types are unchanged, as names only (a few
 * per month): months without any fact of those types hide nothing and are not read at all.
 */
@Component
class MonthlyHiding {

    /** Names only, a few per month: 12 general and 17 ESF indicators over ten years fit easily. */
    static final int MAX_ENTRIES = 8_192;

    private record Key(String indicator, YearMonth month) {
    }

    private record Hidden(long stamp, Set<String> keys) {
    }

    private final JdbcTemplate jdbc;
    private final GridQuery query;
    private final Map<Key, Hidden> months = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Hidden> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    MonthlyHiding(JdbcTemplate jdbc, GridQuery query) {
        this.jdbc = jdbc;
        this.query = query;
    }

    /** {@code period}'s grid protected by its months when it spans several and the counts add up over months. */
    ProtectedGrid protect(Suppression suppression, Indicator indicator, Period period, NationalGrid read) {
        if (!read.additive() || period.from().equals(period.to())) {
            return suppression.protect(read.grid());
        }
        return suppression.protectWithin(read.grid(), hiddenInMonths(suppression, indicator, period));
    }

    private Set<String> hiddenInMonths(Suppression suppression, Indicator indicator, Period period) {
        Map<YearMonth, Long> stamps = monthStamps(indicator, period);
        Set<String> hidden = new HashSet<>();
        stamps.forEach((month, stamp) -> hidden.addAll(hiddenIn(suppression, indicator, month, stamp)));
        return hidden;
    }

    private Set<String> hiddenIn(Suppression suppression, Indicator indicator, YearMonth month, long stamp) {
        Key key = new Key(indicator.code(), month);
        synchronized (months) {
            Hidden known = months.get(key);
            if (known != null && known.stamp() == stamp) {
                return known.keys();
            }
        }
        Set<String> keys = Set.copyOf(suppression.protect(query.national(indicator, new Period(month, month)).grid())
                .hiddenKeys());
        synchronized (months) {
            Hidden known = months.get(key);
            if (known == null || known.stamp() <= stamp) {
                months.put(key, new Hidden(stamp, keys));
            }
        }
        return keys;
    }

    /**
     * The newest stamp of each month of the period that has facts of the indicator's types, raised by the stamp
     * of the list of centres (which concerns every month). Read before the months' grids, as {@link GridCache}
     * does, so a kept entry is never newer in its stamp than in its numbers.
     */
    private Map<YearMonth, Long> monthStamps(Indicator indicator, Period period) {
        Set<String> types = new HashSet<>();
        for (FactType type : indicator.factTypesRead()) {
            types.add(type.name());
        }
        Map<YearMonth, Long> byMonth = new HashMap<>();
        long[] centres = {0};
        jdbc.query("""
                select period_month, fact_type, max(stamp) from month_stamp
                where period_month between ? and ? or period_month = ? group by period_month, fact_type""",
                row -> {
                    String month = row.getString(1);
                    String type = row.getString(2);
                    long stamp = row.getLong(3);
                    if (Aggregates.CENTRES_STAMP.equals(month)) {
                        centres[0] = Math.max(centres[0], stamp);
                    } else if (types.contains(type) || GridCache.EVERY_TYPE.equals(type)) {
                        byMonth.merge(YearMonth.parse(month), stamp, Math::max);
                    }
                }, period.fromText(), period.toText(), Aggregates.CENTRES_STAMP);
        byMonth.replaceAll((month, stamp) -> Math.max(stamp, centres[0]));
        return byMonth;
    }
}
