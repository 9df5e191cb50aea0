package gr.kentra.reporting.indicator.grid;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import gr.kentra.reporting.indicator.Period;
import gr.kentra.reporting.indicator.catalogue.Indicator;
import gr.kentra.reporting.indicator.catalogue.IndicatorCatalogue;
import gr.kentra.reporting.indicator.catalogue.Relation;
import gr.kentra.reporting.suppression.Grid;
import gr.kentra.reporting.suppression.LinkedGrids;
import gr.kentra.reporting.suppression.ProtectedGrid;
import gr.kentra.reporting.suppression.Suppression;
import org.springframework.stereotype.Component;

/**
 * The ESF indicators of BOTH programme periods protected as one linked system, month by month: they count the
 * same participants (employment statuses and education levels partition them, long-term unemployed are within
 * unemployed, the same rule under both programmes' codes gives the same numbers), so a reader can combine every
 * row of every ESF table. The relations come from the catalogue ({@link Relation}). An indicator the same as
 * another ({@code SAME_AS}) shares its protected grid. A period of several months hides what any of its months
 * hides (as {@link MonthlyHiding} does for one indicator), so its numbers are sums of numbers the months publish.
 */
@Component
public class EsfProtection {

    /** Per month: the hidden value names of every indicator, a few hundred names per month. */
    static final int MAX_MONTHS = 512;

    /** Per month: the protected grids themselves (17 grids of a few hundred operations, about 1 MB a month). */
    static final int MAX_LINKED = 24;

    private record Hidden(long stamp, Map<String, Set<String>> keys) {
    }

    private record Linked(long stamp, Map<String, ProtectedGrid> grids) {
    }

    private record Flight(YearMonth month, long stamp) {
    }

    private final IndicatorCatalogue catalogue;
    private final GridQuery query;
    private final GridCache stamps;
    private final SingleFlight<Flight, Linked> flights = new SingleFlight<>();
    private final AtomicInteger computations = new AtomicInteger();
    private final Map<YearMonth, Hidden> months = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<YearMonth, Hidden> eldest) {
            return size() > MAX_MONTHS;
        }
    };
    private final Map<YearMonth, Linked> linked = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<YearMonth, Linked> eldest) {
            return size() > MAX_LINKED;
        }
    };

    EsfProtection(IndicatorCatalogue catalogue, GridQuery query, GridCache stamps) {
        this.catalogue = catalogue;
        this.query = query;
        this.stamps = stamps;
    }

    /** The protected national grid of each indicator of {@code programme} over {@code period}. */
    public Map<String, ProtectedGrid> protect(Suppression suppression, String programme, Period period) {
        List<Indicator> esf = catalogue.allEsf();
        List<Indicator> asked = catalogue.esf(programme).orElseThrow();
        if (period.from().equals(period.to())) {
            Map<String, ProtectedGrid> all = month(suppression, esf, period.from(), stampOf(esf, period)).grids();
            Map<String, ProtectedGrid> answer = new LinkedHashMap<>();
            asked.forEach(i -> answer.put(i.code(), all.get(i.code())));
            return answer;
        }
        Map<String, Set<String>> hidden = new HashMap<>();
        Indicator any = asked.get(0);
        stamps.monthStamps(any, period).forEach((month, stamp) -> hiddenIn(suppression, esf, month, stamp)
                .forEach((code, keys) -> hidden.computeIfAbsent(code, c -> new HashSet<>()).addAll(keys)));
        Map<String, ProtectedGrid> answer = new LinkedHashMap<>();
        for (Indicator indicator : asked) {
            Grid grid = query.national(indicator, period).grid();
            answer.put(indicator.code(),
                    suppression.protectWithin(grid, hidden.getOrDefault(canonical(esf, indicator.code()), Set.of())));
        }
        return answer;
    }

    /**
     * Protects the linked system of each of {@code months} ahead of requests (after intake or a rebuild), unless it
     * is already kept for the month's current stamp. Run inside a read-only transaction, off the request thread.
     */
    public void warm(Suppression suppression, Set<YearMonth> months) {
        List<Indicator> esf = catalogue.allEsf();
        for (YearMonth month : months) {
            month(suppression, esf, month, stampOf(esf, new Period(month, month)));
        }
    }

    /** Whether the linked protection of {@code month} is kept for its current stamp: a request will not compute. */
    public boolean isWarm(YearMonth month) {
        long stamp = stampOf(catalogue.allEsf(), new Period(month, month));
        synchronized (linked) {
            Linked known = linked.get(month);
            return known != null && known.stamp() == stamp;
        }
    }

    /** How many linked systems this instance has protected so far (each a cold computation). */
    public int computations() {
        return computations.get();
    }

    /** The stamp of what any ESF indicator reads in the period (read BEFORE the grids, as {@link GridCache} does). */
    private long stampOf(List<Indicator> esf, Period period) {
        GridCache.Stamps read = stamps.stamps(period);
        long stamp = 0;
        for (Indicator indicator : esf) {
            stamp = Math.max(stamp, read.of(indicator));
        }
        return stamp;
    }

    /**
     * The month's linked protection for {@code stamp}: kept, or computed once however many ask at the same time
     * (single flight); a kept result of another stamp is never served, so newer counts always get their own.
     */
    private Linked month(Suppression suppression, List<Indicator> esf, YearMonth month, long stamp) {
        synchronized (linked) {
            Linked known = linked.get(month);
            if (known != null && known.stamp() == stamp) {
                return known;
            }
        }
        return flights.get(new Flight(month, stamp), () -> {
            synchronized (linked) {
                Linked known = linked.get(month);
                if (known != null && known.stamp() == stamp) {
                    return known;
                }
            }
            computations.incrementAndGet();
            Linked computed = new Linked(stamp,
                    Map.copyOf(protectLinked(suppression, esf, read(esf, new Period(month, month)))));
            Map<String, Set<String>> keys = new HashMap<>();
            computed.grids().forEach((code, grid) -> keys.put(code, Set.copyOf(grid.hiddenKeys())));
            synchronized (linked) {
                Linked known = linked.get(month);
                if (known == null || known.stamp() <= stamp) {
                    linked.put(month, computed);
                }
            }
            synchronized (months) {
                Hidden known = months.get(month);
                if (known == null || known.stamp() <= stamp) {
                    months.put(month, new Hidden(stamp, Map.copyOf(keys)));
                }
            }
            return computed;
        });
    }

    private Map<String, Set<String>> hiddenIn(Suppression suppression, List<Indicator> esf, YearMonth month,
            long stamp) {
        synchronized (months) {
            Hidden known = months.get(month);
            if (known != null && known.stamp() == stamp) {
                return known.keys();
            }
        }
        Map<String, Set<String>> keys = new HashMap<>();
        month(suppression, esf, month, stamp).grids()
                .forEach((code, grid) -> keys.put(code, Set.copyOf(grid.hiddenKeys())));
        return keys;
    }

    /** The grid of every indicator that is not the same as another (those read their twin's). */
    private Map<String, Grid> read(List<Indicator> esf, Period period) {
        Map<String, Grid> grids = new LinkedHashMap<>();
        for (Indicator indicator : esf) {
            if (indicator.relations(Relation.Kind.SAME_AS).isEmpty()) {
                grids.put(indicator.code(), query.national(indicator, period).grid());
            }
        }
        return grids;
    }

    /**
     * The linked protection of one month's grids (by code, one per indicator that is not the same as another),
     * answered for every indicator of {@code esf}.
     */
    public static Map<String, ProtectedGrid> protectLinked(Suppression suppression, List<Indicator> esf,
            Map<String, Grid> grids) {
        Map<String, List<String>> partitions = new LinkedHashMap<>();
        Map<String, List<String>> disjoint = new LinkedHashMap<>();
        Set<LinkedGrids.AtMost> atMosts = new LinkedHashSet<>();
        for (Indicator indicator : esf) {
            String code = canonical(esf, indicator.code());
            for (Relation relation : indicator.relations()) {
                String of = relation.of() == null ? null : canonical(esf, relation.of());
                switch (relation.kind()) {
                    case PART_OF -> partitions.computeIfAbsent(of + "|" + relation.partition(), p -> new ArrayList<>())
                            .add(code);
                    case DISJOINT_PART_OF -> disjoint
                            .computeIfAbsent(of + "|" + relation.partition(), p -> new ArrayList<>()).add(code);
                    case SUBSET_OF -> atMosts.add(new LinkedGrids.AtMost(List.of(code), of));
                    default -> { }
                }
            }
        }
        List<LinkedGrids.Partition> parts = new ArrayList<>();
        partitions.forEach((key, codes) -> parts.add(new LinkedGrids.Partition(key.split("\\|")[0], codes)));
        disjoint.forEach((key, codes) -> atMosts.add(new LinkedGrids.AtMost(codes, key.split("\\|")[0])));
        Map<String, ProtectedGrid> linked = LinkedGrids.protect(suppression, grids, parts, new ArrayList<>(atMosts));
        Map<String, ProtectedGrid> all = new LinkedHashMap<>();
        for (Indicator indicator : esf) {
            all.put(indicator.code(), linked.get(canonical(esf, indicator.code())));
        }
        return all;
    }

    /** The indicator whose grid this one shares: itself unless it is declared the same as another. */
    public static String canonical(List<Indicator> esf, String code) {
        String current = code;
        for (int step = 0; step <= esf.size(); step++) {
            String at = current;
            Indicator indicator = esf.stream().filter(i -> i.code().equals(at)).findFirst().orElseThrow();
            List<Relation> same = indicator.relations(Relation.Kind.SAME_AS);
            if (same.isEmpty()) {
                return current;
            }
            current = same.get(0).of();
        }
        throw new IllegalStateException("SAME_AS relations form a cycle at " + code);
    }
}
