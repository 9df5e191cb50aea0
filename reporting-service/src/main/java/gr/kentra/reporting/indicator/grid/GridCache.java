package gr.kentra.reporting.indicator.grid;

import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import gr.kentra.reporting.aggregate.Aggregates;
import gr.kentra.commons.facts.FactType;
import gr.kentra.reporting.indicator.Period;
import gr.kentra.reporting.indicator.catalogue.Indicator;
import gr.kentra.reporting.suppression.ProtectedGrid;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The protected national grids of the most recently asked (indicator, period) pairs. National grids hold no
 * tenant's personal data, only published counts, so one cache serves every scope (each view is cut from the
 * same protected grid anyway). An entry is valid while the stamps of its months for the fact types its
 * indicator reads, and that of the list of centres, are unchanged: intake and rebuild give every (month, fact
 * type) they touch (and the list of centres when a centre appears or moves) a new stamp from one sequence in
 * {@code month_stamp}, in their own transaction, so every instance of the service sees a change as soon as it
 * is committed. Intake of requests thus leaves the cached grids of sessions or events alone. Bounded: least
 * recently used goes first.
 *
 * <p>The tables of a breakdown group (GEN06 with GEN13) are protected as one linked table, a second or two per month:
 * {@link #linked} serves the group's grids published together from an older stamp while the newer ones are protected
 * off the request thread, and never one table of the group from one stamp with its partner from another.
 */
@Component
public class GridCache {

    /** About 50 kB per grid of 250 centres: a few megabytes at most. */
    static final int MAX_ENTRIES = 256;

    /**
     * A national grid, protected, as read when its months had {@code stamp}.
     *
     * @param asOf the last time a reader found {@code stamp} current (the stamps read then): the grid includes every
     *     change recorded up to then. Kept in memory only: reporting stores no day of anything
     */
    public record Cached(long stamp, Instant asOf, NationalGrid national, ProtectedGrid grid) {
    }

    /** The fact type of stamp rows that concern every type, as the list of centres does. */
    static final String EVERY_TYPE = "";

    private record Key(String indicator, Period period) {
    }

    private record Flight(Key key, long stamp) {
    }

    private final SingleFlight<Flight, Cached> flights = new SingleFlight<>();
    private final SingleFlight<Flight, Map<String, Cached>> linkedFlights = new SingleFlight<>();

    /** Raised by {@link #clear}: a computation begun before it keeps its result to itself. */
    private long generation;

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
     * The stamps of a period's months per (month, fact type), and those that concern every type (the list of
     * centres), in one query for every indicator of a request. Read them BEFORE the grids: a grid read after them
     * is at least as new, so an entry is never fresher in its stamp than in its numbers.
     */
    public Stamps stamps(Period period) {
        // Taken before the query: whatever was committed by then is in what it reads.
        Instant readAt = Instant.now();
        Map<String, Long> byType = new HashMap<>();
        Map<YearMonth, Map<String, Long>> byMonth = new HashMap<>();
        long[] centres = {0};
        jdbc.query("""
                select period_month, fact_type, max(stamp) from month_stamp
                where period_month between ? and ? or period_month = ? group by period_month, fact_type""",
                row -> {
                    String month = row.getString(1);
                    String type = row.getString(2);
                    long stamp = row.getLong(3);
                    byType.merge(type, stamp, Math::max);
                    if (Aggregates.CENTRES_STAMP.equals(month)) {
                        centres[0] = Math.max(centres[0], stamp);
                    } else {
                        byMonth.computeIfAbsent(YearMonth.parse(month), m -> new HashMap<>()).merge(type, stamp,
                                Math::max);
                    }
                }, period.fromText(), period.toText(), Aggregates.CENTRES_STAMP);
        return new Stamps(byType, byMonth, centres[0], readAt);
    }

    /**
     * The newest stamp per fact type of a period ({@code ""}: of every type), and per month. Stamps come from one
     * sequence and are committed in the order they are drawn (intake serialises its last step), so whatever
     * commits after a reader looked carries a newer stamp than any it saw: the maximum over the rows an indicator
     * reads changes whenever one of them does.
     *
     * @param centres the stamp of the list of centres, which concerns every month
     * @param readAt when they were read (just before): every change recorded by then is counted under them
     */
    public record Stamps(Map<String, Long> byType, Map<YearMonth, Map<String, Long>> byMonth, long centres,
            Instant readAt) {

        public Stamps {
            byType = Map.copyOf(byType);
            byMonth = Map.copyOf(byMonth);
        }

        /** The stamp of what {@code indicator} reads in the period: its fact types and the every-type rows. */
        public long of(Indicator indicator) {
            long stamp = byType.getOrDefault(EVERY_TYPE, 0L);
            for (FactType type : indicator.factTypesRead()) {
                stamp = Math.max(stamp, byType.getOrDefault(type.name(), 0L));
            }
            return stamp;
        }

        /**
         * The newest stamp of each month of the period that has facts of the indicator's types (or every-type
         * rows), raised by the stamp of the list of centres, for {@link MonthlyHiding}. Months without any such
         * fact have an all-zero grid that hides nothing and are left out.
         */
        public Map<YearMonth, Long> months(Indicator indicator) {
            Set<String> types = new HashSet<>();
            for (FactType type : indicator.factTypesRead()) {
                types.add(type.name());
            }
            Map<YearMonth, Long> months = new HashMap<>();
            byMonth.forEach((month, stamps) -> stamps.forEach((type, stamp) -> {
                if (types.contains(type) || EVERY_TYPE.equals(type)) {
                    months.merge(month, Math.max(stamp, centres), Math::max);
                }
            }));
            return months;
        }
    }

    /**
     * {@link Stamps#months} of a period read on its own (precomputation, ESF periods). Read before the months'
     * grids, as {@link #stamps} is, so a kept entry is never newer in its stamp than in its numbers.
     */
    Map<YearMonth, Long> monthStamps(Indicator indicator, Period period) {
        return stamps(period).months(indicator);
    }

    /** The cached entry when its stamp is {@code stamp}; otherwise computes, keeps and returns a new one. */
    public Cached get(Indicator indicator, Period period, long stamp, Supplier<Cached> compute) {
        Key key = new Key(indicator.code(), period);
        synchronized (entries) {
            Cached cached = entries.get(key);
            if (cached != null && cached.stamp() == stamp) {
                return cached;
            }
        }
        // Computed outside the lock, once per (grid, stamp): concurrent requests for it wait for that one result.
        return flights.get(new Flight(key, stamp), () -> {
            long begun;
            synchronized (entries) {
                Cached cached = entries.get(key);
                if (cached != null && cached.stamp() == stamp) {
                    return cached; // computed by a flight that has just landed
                }
                begun = generation;
            }
            Cached computed = compute.get();
            synchronized (entries) {
                Cached cached = entries.get(key);
                if (begun == generation && (cached == null || cached.stamp() <= computed.stamp())) {
                    entries.put(key, computed);
                }
            }
            return computed;
        });
    }

    /**
     * The grids of a breakdown group (by code) for {@code stamp} read at {@code seenAt}, every member of one stamp.
     * When the group's grids were published together from an older stamp, those are returned at once and
     * {@code refresh} is run (it should bring the group up to date off the request thread, through
     * {@link #computeLinked}): a read does not wait for a linked protection. A pair published from a newer stamp than
     * the caller read (published since) is returned too. When none is published, computes them here, as {@link #get}
     * does.
     */
    public Map<String, Cached> linked(List<Indicator> group, Period period, long stamp, Instant seenAt,
            Supplier<Map<String, Cached>> compute, Runnable refresh) {
        Map<String, Cached> published = published(group, period);
        if (published != null) {
            long publishedStamp = published.values().iterator().next().stamp();
            if (publishedStamp == stamp) {
                confirm(period, published, seenAt);
            } else if (publishedStamp < stamp) {
                refresh.run();
            }
            return published;
        }
        return computeLinked(group, period, stamp, compute);
    }

    /**
     * Computes the group's grids for {@code stamp} once however many ask (single flight), and publishes them together
     * unless a member already has a newer one. Returns what is published for {@code stamp} when it already is.
     */
    public Map<String, Cached> computeLinked(List<Indicator> group, Period period, long stamp,
            Supplier<Map<String, Cached>> compute) {
        return computeLinked(group, period, stamp, compute, generation());
    }

    /**
     * {@link #computeLinked(List, Period, long, Supplier)} for a refresh asked at {@code generation}: nothing is
     * published if the grids were forgotten since ({@link #clear}), so a refresh asked before cannot bring them back.
     */
    public Map<String, Cached> computeLinked(List<Indicator> group, Period period, long stamp,
            Supplier<Map<String, Cached>> compute, long generation) {
        Key groupKey = new Key(groupName(group), period);
        return linkedFlights.get(new Flight(groupKey, stamp), () -> {
            synchronized (entries) {
                Map<String, Cached> published = published(group, period);
                if (published != null && published.values().iterator().next().stamp() == stamp) {
                    return published;
                }
            }
            Map<String, Cached> computed = Map.copyOf(compute.get());
            synchronized (entries) {
                // All or none, in one step under the lock: a reader sees both tables of one stamp or the older pair.
                boolean newest = group.stream().map(member -> entries.get(new Key(member.code(), period)))
                        .allMatch(cached -> cached == null || cached.stamp() <= stamp);
                if (generation == this.generation && newest) {
                    computed.forEach((code, cached) -> entries.put(new Key(code, period), cached));
                }
            }
            return computed;
        });
    }

    /** Raised whenever the kept grids are forgotten ({@link #clear}). */
    public long generation() {
        synchronized (entries) {
            return generation;
        }
    }

    /**
     * A pair found current by stamps read at {@code seenAt} includes every change recorded up to then: the time it
     * says once served while its newer pair is protected.
     */
    private void confirm(Period period, Map<String, Cached> pair, Instant seenAt) {
        synchronized (entries) {
            pair.forEach((code, cached) -> {
                Key key = new Key(code, period);
                if (entries.get(key) == cached && (cached.asOf() == null || cached.asOf().isBefore(seenAt))) {
                    entries.put(key, new Cached(cached.stamp(), seenAt, cached.national(), cached.grid()));
                }
            });
        }
    }

    /** The group's kept grids when every member is kept and all are of one stamp (published together), else null. */
    private Map<String, Cached> published(List<Indicator> group, Period period) {
        synchronized (entries) {
            Map<String, Cached> grids = new LinkedHashMap<>();
            long stamp = -1;
            for (Indicator member : group) {
                Cached cached = entries.get(new Key(member.code(), period));
                if (cached == null || (stamp != -1 && cached.stamp() != stamp)) {
                    return null;
                }
                stamp = cached.stamp();
                grids.put(member.code(), cached);
            }
            return grids;
        }
    }

    /** A breakdown group's name, the same whichever member asks. */
    public static String groupName(List<Indicator> group) {
        return group.stream().map(Indicator::code).sorted().collect(Collectors.joining("+"));
    }

    /**
     * Forgets every grid, for a store emptied behind the service's back (the tests' empty store): stamps drawn
     * since are newer than those kept, which would otherwise pass for older published grids of the same data.
     */
    public void clear() {
        synchronized (entries) {
            entries.clear();
            generation++;
        }
    }

    /** Whether a protected grid of the period is kept for exactly this stamp (a warm request). */
    public boolean isFresh(Indicator indicator, Period period, long stamp) {
        synchronized (entries) {
            Cached cached = entries.get(new Key(indicator.code(), period));
            return cached != null && cached.stamp() == stamp;
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
