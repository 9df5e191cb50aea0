package gr.kentra.reporting.indicator.grid;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import gr.kentra.reporting.indicator.Period;
import gr.kentra.reporting.indicator.catalogue.Indicator;
import gr.kentra.reporting.suppression.ProtectedGrid;
import gr.kentra.reporting.suppression.Suppression;
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
public class MonthlyHiding {

    /** Names only, a few per month: 12 general and 17 ESF indicators over ten years fit easily. */
    static final int MAX_ENTRIES = 8_192;

    private record Key(String indicator, YearMonth month) {
    }

    private record Hidden(long stamp, Set<String> keys) {
    }

    private final SingleFlight<Hidden, Set<String>> flights = new SingleFlight<>();
    private final GridCache stamps;
    private final GridQuery query;
    private final Map<Key, Hidden> months = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Hidden> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    MonthlyHiding(GridCache stamps, GridQuery query) {
        this.stamps = stamps;
        this.query = query;
    }

    /**
     * {@code period}'s grid protected by its months when it spans several and the counts add up over months:
     * {@code periodStamps} as the request read them before any grid ({@link GridCache#stamps}, one query for all
     * its indicators) and {@code centres} the rows of the month grids ({@link GridQuery#centres}, read after those
     * stamps, once per request).
     */
    public ProtectedGrid protect(Suppression suppression, Indicator indicator, Period period, NationalGrid read,
            GridCache.Stamps periodStamps, Supplier<Map<String, String>> centres) {
        if (!read.additive() || period.from().equals(period.to())) {
            return suppression.protect(read.grid());
        }
        Set<String> hidden = new HashSet<>();
        periodStamps.months(indicator)
                .forEach((month, stamp) -> hidden.addAll(hiddenIn(suppression, indicator, month, stamp, centres)));
        return suppression.protectWithin(read.grid(), hidden);
    }

    private Set<String> hiddenIn(Suppression suppression, Indicator indicator, YearMonth month, long stamp,
            Supplier<Map<String, String>> centres) {
        Key key = new Key(indicator.code(), month);
        synchronized (months) {
            Hidden known = months.get(key);
            if (known != null && known.stamp() == stamp) {
                return known.keys();
            }
        }
        // Once per (indicator, month, stamp): concurrent requests and the precomputation wait for one result.
        return flights.get(new Hidden(stamp, Set.of(indicator.code() + "@" + month)), () -> {
            synchronized (months) {
                Hidden known = months.get(key);
                if (known != null && known.stamp() == stamp) {
                    return known.keys();
                }
            }
            Set<String> keys = Set.copyOf(suppression
                    .protect(query.national(indicator, new Period(month, month), centres.get()).grid())
                    .hiddenKeys());
            synchronized (months) {
                Hidden known = months.get(key);
                if (known == null || known.stamp() <= stamp) {
                    months.put(key, new Hidden(stamp, keys));
                }
            }
            return keys;
        });
    }

    /**
     * Protects each of {@code months} of an additive indicator ahead of requests (after intake), unless what it
     * hides is already kept for the month's current stamp. Run inside a read-only transaction.
     */
    public void warm(Suppression suppression, Indicator indicator, Set<YearMonth> months) {
        if (!indicator.additive()) {
            return;
        }
        for (YearMonth month : months) {
            Long stamp = stamps.monthStamps(indicator, new Period(month, month)).get(month);
            if (stamp != null) {
                hiddenIn(suppression, indicator, month, stamp, query::centres);
            }
        }
    }
}
