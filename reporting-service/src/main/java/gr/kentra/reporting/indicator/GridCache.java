package gr.kentra.reporting.indicator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import gr.kentra.reporting.aggregate.Aggregates;
import gr.kentra.reporting.suppression.ProtectedGrid;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The protected national grids of the most recently asked (indicator, period) pairs. National grids hold no
 * tenant's personal data, only published counts, so one cache serves every scope (each view is cut from the
 * same protected grid anyway). An entry is valid while the stamps of its months, and that of the list of
 * centres, are unchanged: intake and rebuild give every month they touch (and the list of centres when a
 * centre appears or moves) a new stamp from one sequence in {@code month_stamp}, in their own transaction, so
 * every instance of the service sees a change as soon as it is committed. Bounded: least recently used goes first.
 */
@Component
class GridCache {

    /** About 50 kB per grid of 250 centres: a few megabytes at most. */
    static final int MAX_ENTRIES = 256;

    /** A national grid, protected, as read when its months had {@code stamp}. */
    record Cached(long stamp, NationalGrid national, ProtectedGrid grid) {
    }

    private record Key(String indicator, Period period) {
    }

    private final JdbcTemplate jdbc;
    private final Map<Key, Cached> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Cached> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    GridCache(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The newest stamp of the period's months. Read it BEFORE the grid: a grid read after it is at least as
     * new, so an entry is never fresher in its stamp than in its numbers.
     */
    long stamp(Period period) {
        Long stamp = jdbc.queryForObject("""
                select max(stamp) from month_stamp where period_month between ? and ? or period_month = ?""",
                Long.class, period.fromText(), period.toText(), Aggregates.CENTRES_STAMP);
        return stamp == null ? 0 : stamp;
    }

    /** The cached entry when its stamp is {@code stamp}; otherwise computes, keeps and returns a new one. */
    Cached get(Indicator indicator, Period period, long stamp, Supplier<Cached> compute) {
        Key key = new Key(indicator.code(), period);
        synchronized (entries) {
            Cached cached = entries.get(key);
            if (cached != null && cached.stamp() == stamp) {
                return cached;
            }
        }
        // Computed outside the lock: two requests may compute the same grid once each, never wait on each other.
        Cached computed = compute.get();
        synchronized (entries) {
            Cached cached = entries.get(key);
            if (cached == null || cached.stamp() <= computed.stamp()) {
                entries.put(key, computed);
            }
        }
        return computed;
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
