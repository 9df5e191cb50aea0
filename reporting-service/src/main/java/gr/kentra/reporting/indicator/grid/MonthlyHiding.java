package gr.kentra.reporting.indicator.grid;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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
 * Protects a period of several months by its months. Every month can be asked for on its own, so a period's
 * table must not publish what its months hide: a year minus its other eleven months would give a hidden month
 * away (and so would any two overlapping ranges). For additive counts the period's grid hides every value hidden
 * in any of its months' protected grids ({@link Suppression#protectWithin}). What each month hides is kept by
 * (indicator, month) while the month's stamps for the indicator's fact types are unchanged, as names only (a few
 * per month): months without any fact of those types hide nothing and are not read at all.
 *
 * <p>Indicators where one breaks the other down ({@code BREAKS_DOWN}: GEN13 referral outcomes by service type, GEN06
 * by outcome) are protected month by month as one linked table ({@link LinkedGrids.Breakdown}): a reader holding both
 * could otherwise subtract. A period of several months hides what any month's linked protection hid, so each of its
 * published numbers is a sum of numbers its months publish, and the pair stays protected together.
 */
@Component
public class MonthlyHiding {

    /** Names only, a few per month: 12 general and 17 ESF indicators over ten years fit easily. */
    static final int MAX_ENTRIES = 8_192;

    private record Key(String indicator, YearMonth month) {
    }

    private record Hidden(long stamp, Set<String> keys) {
    }

    private record Linked(long stamp, Map<String, ProtectedGrid> grids) {
    }

    /** The protected grids of linked months (GEN06 with GEN13: two grids of the centres), the latest few. */
    static final int MAX_LINKED = 24;

    private final SingleFlight<Hidden, Set<String>> flights = new SingleFlight<>();
    private final SingleFlight<Hidden, Map<String, ProtectedGrid>> linkedFlights = new SingleFlight<>();
    private final IndicatorCatalogue catalogue;
    private final GridCache stamps;
    private final GridQuery query;
    private final Map<Key, Hidden> months = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Hidden> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    private final Map<Key, Linked> linkedMonths = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Linked> eldest) {
            return size() > MAX_LINKED;
        }
    };

    MonthlyHiding(IndicatorCatalogue catalogue, GridCache stamps, GridQuery query) {
        this.catalogue = catalogue;
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
        if (!read.additive()) {
            return suppression.protect(read.grid());
        }
        List<Indicator> group = catalogue.breakdownGroup(indicator);
        if (period.from().equals(period.to())) {
            if (group.size() == 1) {
                return suppression.protect(read.grid());
            }
            long stamp = periodStamps.months(indicator).getOrDefault(period.from(), periodStamps.of(indicator));
            return linkedMonth(suppression, group, period.from(), stamp, centres).get(indicator.code());
        }
        Set<String> hidden = new HashSet<>();
        periodStamps.months(indicator)
                .forEach((month, stamp) -> hidden.addAll(hiddenIn(suppression, indicator, month, stamp, centres)));
        return suppression.protectWithin(read.grid(), hidden);
    }

    private Set<String> hiddenIn(Suppression suppression, Indicator indicator, YearMonth month, long stamp,
            Supplier<Map<String, String>> centres) {
        List<Indicator> group = catalogue.breakdownGroup(indicator);
        if (group.size() > 1) {
            return linkedHiddenIn(suppression, indicator, group, month, stamp, centres);
        }
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
     * What the month's linked protection of {@code group} hides in {@code indicator}'s grid; kept for every member
     * (they read the same fact types, as the catalogue checks, so they have the same stamp).
     */
    private Set<String> linkedHiddenIn(Suppression suppression, Indicator indicator, List<Indicator> group,
            YearMonth month, long stamp, Supplier<Map<String, String>> centres) {
        Key key = new Key(indicator.code(), month);
        synchronized (months) {
            Hidden known = months.get(key);
            if (known != null && known.stamp() == stamp) {
                return known.keys();
            }
        }
        return Set.copyOf(linkedMonth(suppression, group, month, stamp, centres).get(indicator.code()).hiddenKeys());
    }

    /**
     * One month's protected grids of a breakdown group, by code, for {@code stamp}: kept (a few months), or computed
     * once however many ask (single flight), what each hides kept by (indicator, month) for the periods over it.
     * Only the detail (the indicator breaking the others down) is read; the others are summed from it, so the tables
     * agree whatever intake commits between two reads.
     */
    private Map<String, ProtectedGrid> linkedMonth(Suppression suppression, List<Indicator> group, YearMonth month,
            long stamp, Supplier<Map<String, String>> centres) {
        String name = group.stream().map(Indicator::code).sorted().collect(Collectors.joining("+"));
        Key key = new Key(name, month);
        synchronized (linkedMonths) {
            Linked known = linkedMonths.get(key);
            if (known != null && known.stamp() == stamp) {
                return known.grids();
            }
        }
        return linkedFlights.get(new Hidden(stamp, Set.of(name + "@" + month)), () -> {
            Indicator detail = group.stream().filter(i -> !i.relations(Relation.Kind.BREAKS_DOWN).isEmpty())
                    .findFirst().orElseThrow();
            Grid read = query.national(detail, new Period(month, month), centres.get()).grid();
            Map<String, Grid> grids = new LinkedHashMap<>();
            for (Indicator member : group) {
                grids.put(member.code(), member == detail ? read
                        : coarsened(read, detail.breakdown(), member.breakdown()));
            }
            Map<String, ProtectedGrid> computed = Map.copyOf(protectLinked(suppression, group, grids));
            synchronized (linkedMonths) {
                Linked known = linkedMonths.get(key);
                if (known == null || known.stamp() <= stamp) {
                    linkedMonths.put(key, new Linked(stamp, computed));
                }
            }
            synchronized (months) {
                computed.forEach((code, grid) -> {
                    Key memberKey = new Key(code, month);
                    Hidden known = months.get(memberKey);
                    if (known == null || known.stamp() <= stamp) {
                        months.put(memberKey, new Hidden(stamp, Set.copyOf(grid.hiddenKeys())));
                    }
                });
            }
            return computed;
        });
    }

    /** The whole's grid from the detail's: each detail column added into the whole's column it belongs to. */
    static Grid coarsened(Grid detail, Indicator.Breakdown from, Indicator.Breakdown to) {
        if (detail.columnKeys().equals(List.of(GridQuery.TOTAL))) {
            return detail; // no facts at all
        }
        java.util.TreeSet<String> seen = new java.util.TreeSet<>();
        detail.columnKeys().forEach(key -> seen.add(from.coarsen(key, to)));
        List<String> columns = new ArrayList<>(seen);
        if (columns.remove(GridQuery.NOT_STATED)) {
            columns.add(GridQuery.NOT_STATED); // last, as GridQuery orders them
        }
        long[][] counts = new long[detail.rowCount()][columns.size()];
        for (int c = 0; c < detail.columnCount(); c++) {
            int into = columns.indexOf(from.coarsen(detail.columnKeys().get(c), to));
            for (int r = 0; r < detail.rowCount(); r++) {
                counts[r][into] += detail.count(r, c);
            }
        }
        return new Grid(detail.rowKeys(), detail.rowGroups(), columns, counts);
    }

    /**
     * One month's grids of a breakdown group (by code) protected as one linked table: each {@code BREAKS_DOWN}
     * relation ties the detail's columns to the whole's column they add up into. The grids are protected in the
     * order of their codes whoever asks, so each table's hiding is the same whichever is read first. Public for the
     * attacker tests.
     */
    public static Map<String, ProtectedGrid> protectLinked(Suppression suppression, List<Indicator> group,
            Map<String, Grid> grids) {
        Map<String, Grid> ordered = new java.util.TreeMap<>(grids);
        List<LinkedGrids.Breakdown> breakdowns = new ArrayList<>();
        for (Indicator detail : group) {
            for (Relation relation : detail.relations(Relation.Kind.BREAKS_DOWN)) {
                Indicator whole = group.stream().filter(i -> i.code().equals(relation.of())).findFirst().orElseThrow();
                Grid detailGrid = grids.get(detail.code());
                if (detailGrid.columnKeys().equals(List.of(GridQuery.TOTAL))) {
                    continue; // no facts at all: nothing to tie, both grids are zeros
                }
                Map<String, List<String>> columns = new LinkedHashMap<>();
                for (String key : detailGrid.columnKeys()) {
                    columns.computeIfAbsent(detail.breakdown().coarsen(key, whole.breakdown()), k -> new ArrayList<>())
                            .add(key);
                }
                breakdowns.add(new LinkedGrids.Breakdown(whole.code(), detail.code(), columns));
            }
        }
        return LinkedGrids.protect(suppression, ordered, List.of(), List.of(), breakdowns);
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
