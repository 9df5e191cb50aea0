package gr.kentra.reporting.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import gr.kentra.commons.facts.Flag;
import gr.kentra.commons.facts.Vocabulary;
import gr.kentra.reporting.indicator.catalogue.Filter;
import gr.kentra.reporting.indicator.catalogue.Indicator;
import gr.kentra.reporting.indicator.catalogue.IndicatorCatalogue;
import gr.kentra.reporting.indicator.catalogue.Relation;
import gr.kentra.reporting.indicator.grid.EsfProtection;
import gr.kentra.reporting.suppression.Grid;
import gr.kentra.reporting.suppression.ProtectedGrid;
import gr.kentra.reporting.suppression.Suppression;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: linked tables. The rows of the ESF tables of both programme periods share their participants, so an
 * attacker solves them together ({@link LinkedAttacker}: every published number of every table an equation,
 * non-negativity and the marks, plus the links it derives on its own from the indicators' rules). Fixed examples
 * of the findings, then generated populations (seeded; the seed is in every failure message).
 */
class LinkedProtectionTest {

    private static final int K = 5;
    private static final List<String> GENDERS = List.of("FEMALE", "MALE");
    private static final List<String> STATUSES = Vocabulary.EMPLOYMENT_STATUSES;
    private static final List<String> AGES = List.of("0-17", "18-24", "25-29", "30-54", "55-64", "65+");
    private static final IndicatorCatalogue CATALOGUE = new IndicatorCatalogue();

    /** One participant's entry into an operation, with the profile the rules read; every status and level stated. */
    record Participant(String row, String region, String gender, String status, String age, int isced, Set<Flag> flags) {
    }

    // ---- Finding 1: one table of one centre gives its small counts away ----

    /**
     * Thessaly has one centre with one operation. Its 21 male entrants: 10 unemployed (6 long-term), 7 inactive,
     * 4 employed; 4 with ISCED 0-2, 9 with 3-4, 8 with 5-8. EECO05 male (4) and EECO09 male (4) are below 5.
     */
    private static List<Participant> thessaly() {
        List<Participant> people = new ArrayList<>();
        String row = "mouzaki/5001234";
        String[] statuses = new String[21];
        for (int i = 0; i < 21; i++) {
            statuses[i] = i < 4 ? "LONG_TERM_UNEMPLOYED" : i < 6 ? "LONG_TERM_UNEMPLOYED" : i < 10 ? "UNEMPLOYED"
                    : i < 17 ? (i % 2 == 0 ? "INACTIVE" : "INACTIVE_IN_EDUCATION") : "EMPLOYED";
        }
        for (int i = 0; i < 21; i++) {
            int isced = i < 4 ? 1 + i % 2 : i < 13 ? 3 + i % 2 : 5 + i % 4;
            people.add(new Participant(row, "thessaly", "MALE", statuses[i], AGES.get(1 + i % 4), isced,
                    EnumSet.noneOf(Flag.class)));
        }
        for (int i = 0; i < 30; i++) {
            people.add(new Participant(row, "thessaly", "FEMALE", STATUSES.get(i % 5), AGES.get(i % 6), i % 9,
                    EnumSet.noneOf(Flag.class)));
        }
        Random random = new Random(7);
        for (String operation : List.of("moschato-tavros/5009876", "elefsina/5009876", "nea-smyrni/5011111")) {
            for (int i = 0; i < 60; i++) {
                people.add(random(random, operation, "attica"));
            }
        }
        return people;
    }

    private static Map<String, ProtectedGrid> linkedThessaly;

    private static synchronized Map<String, ProtectedGrid> linkedThessaly() {
        if (linkedThessaly == null) {
            linkedThessaly = EsfProtection.protectLinked(new Suppression(K), CATALOGUE.allEsf(),
                    canonicalGrids(grids(thessaly())));
        }
        return linkedThessaly;
    }

    @Test
    void perIndicatorProtectionLetsTheEmployedMenOfThessalyBePinnedFromTheirOwnTable() {
        Map<String, Grid> grids = grids(thessaly());
        Suppression suppression = new Suppression(K);
        Map<String, ProtectedGrid> alone = new LinkedHashMap<>();
        for (Indicator indicator : CATALOGUE.allEsf()) {
            alone.put(indicator.code(), suppression.protect(grids.get(EsfProtection.canonical(CATALOGUE.allEsf(),
                    indicator.code()))));
        }
        assertThat(alone.get("EECO05").cellHidden(0, 1)).as("printed <5").isTrue();

        // Before issue 18 every ESF indicator was protected on its own: the 2021-2027 table alone pins them.
        List<LinkedAttacker.Finding> findings = attack(alone, "2021-2027");
        assertThat(findings).filteredOn(f -> f.min() == f.max() && f.value().equals("cell mouzaki/5001234/MALE"))
                .extracting(LinkedAttacker.Finding::table).contains("EECO05", "EECO09");
        assertThat(findings).filteredOn(f -> f.table().equals("EECO05") && f.value().equals("cell mouzaki/5001234/MALE"))
                .singleElement().satisfies(f -> assertThat(f.min()).isEqualTo(4));
    }

    @Test
    void linkedProtectionLeavesNoSmallCountOfThessalyNarrowedInAnyEsfTable() {
        Map<String, ProtectedGrid> linked = linkedThessaly();

        assertThat(attack(linked, "2021-2027")).isEmpty();
        assertThat(attack(linked, null)).as("both programmes' tables together").isEmpty();
    }

    // ---- Finding 3: a complementary cell is not a small count ----

    @Test
    void aValueHiddenToProtectOthersIsNotMarkedAsSmall() {
        Map<String, ProtectedGrid> linked = linkedThessaly();
        assertThat(linked.get("EECO01").sizeMarks()).isFalse();
        // Nor a part of a partition (employed: with the unemployed and inactive published zeros, its "<5" would
        // bound all participants); a subset (long-term unemployed) may.
        assertThat(linked.get("EECO05").sizeMarks()).isFalse();
        assertThat(linked.get("EECO03").sizeMarks()).isTrue();
        int complementary = 0;
        for (ProtectedGrid grid : new LinkedHashSet<>(linked.values())) {
            for (int r = 0; r < grid.grid().rowCount(); r++) {
                for (int c = 0; c < grid.grid().columnCount(); c++) {
                    long count = grid.grid().count(r, c);
                    ProtectedGrid.Hidden mark = grid.mark(count, grid.cellHidden(r, c));
                    if (mark != null) {
                        // "<5" only on a small cell of a grid whose marks bound no other grid's (EECO01's, EECO05's do).
                        assertThat(mark).isEqualTo(count < K && grid.sizeMarks() ? ProtectedGrid.Hidden.PRIMARY
                                : ProtectedGrid.Hidden.COMPLEMENTARY);
                        complementary += mark == ProtectedGrid.Hidden.COMPLEMENTARY ? 1 : 0;
                    }
                }
            }
        }
        assertThat(complementary).isPositive();
    }

    // ---- Finding 2: non-negativity narrows the hidden cells of one monthly table ----

    /**
     * A centre's row of six requests over five categories (1, 1, 1, 1, 2) with the other centres' cells large:
     * without protection intervals the row's five hidden cells are each 1 or 2 (the total is published).
     */
    @Test
    void aRowOfSixWithFiveHiddenCellsIsNotLeftToBeOneOrTwo() {
        List<String> rows = List.of("a", "b", "c", "d");
        List<String> columns = List.of("C1", "C2", "C3", "C4", "C5", "C6");
        long[][] counts = {{1, 1, 1, 1, 2, 0}, {20, 31, 12, 18, 25, 40}, {22, 17, 30, 21, 16, 9},
                {15, 19, 23, 14, 28, 11}};
        Grid grid = new Grid(rows, List.of("r1", "r1", "r2", "r2"), columns, counts);

        ProtectedGrid before = new Suppression(K, 0, 0).protect(grid);
        LinkedAttacker attackBefore = new LinkedAttacker(K);
        attackBefore.read("GEN03", before);
        assertThat(attackBefore.findings()).as("exact audit only: narrowed").isNotEmpty();

        ProtectedGrid after = new Suppression(K).protect(grid);
        LinkedAttacker attackAfter = new LinkedAttacker(K);
        attackAfter.read("GEN03", after);
        assertThat(attackAfter.findings()).isEmpty();
    }

    // ---- The attacker over generated populations ----

    @Test
    void noGeneratedEsfPopulationLeavesASmallCountNarrowedInAnyTable() {
        long base = Long.getLong("kentra.attack.seed", 20261206L);
        for (int run = 0; run < 2; run++) {
            long seed = base + run;
            Random random = new Random(seed);
            List<Participant> people = new ArrayList<>();
            String[][] operations = {{"attica", "moschato-tavros/5001001"}, {"attica", "elefsina/5001001"},
                    {"thessaly", "mouzaki/5002001"}, {"crete", "chania/5003001"}};
            for (String[] operation : operations) {
                int size = 4 + random.nextInt(run % 2 == 0 ? 16 : 40);
                for (int i = 0; i < size; i++) {
                    people.add(random(random, operation[1], operation[0]));
                }
            }
            Map<String, ProtectedGrid> linked = EsfProtection.protectLinked(new Suppression(K), CATALOGUE.allEsf(),
                    canonicalGrids(grids(people)));
            assertThat(attack(linked, null)).as("seed %d (-Dkentra.attack.seed=%d)", seed, seed).isEmpty();
        }
    }

    @Test
    void noGeneratedMonthlyTableLeavesASmallCountNarrowed() {
        long base = Long.getLong("kentra.attack.seed", 20261206L);
        for (int run = 0; run < 6; run++) {
            long seed = base + run;
            Random random = new Random(seed);
            int rows = 6 + random.nextInt(20);
            int columns = 2 + random.nextInt(6);
            List<String> keys = new ArrayList<>();
            List<String> groups = new ArrayList<>();
            long[][] counts = new long[rows][columns];
            for (int r = 0; r < rows; r++) {
                keys.add("centre-" + r);
                groups.add("region-" + random.nextInt(1 + rows / 5));
                int scale = random.nextInt(4) == 0 ? 30 : 4;
                for (int c = 0; c < columns; c++) {
                    counts[r][c] = random.nextInt(3) == 0 ? 0 : random.nextInt(scale);
                }
            }
            List<String> columnKeys = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                columnKeys.add("C" + c);
            }
            ProtectedGrid grid = new Suppression(K).protect(new Grid(keys, groups, columnKeys, counts));
            LinkedAttacker attacker = new LinkedAttacker(K);
            attacker.read("GEN", grid);
            assertThat(attacker.findings()).as("seed %d (-Dkentra.attack.seed=%d)", seed, seed).isEmpty();
        }
    }

    /**
     * A general indicator's tables linked through time (months ⊆ periods): three sparse months of one indicator, each
     * protected on its own, and the quarter with them, protected by its months as the service does
     * ({@code MonthlyHiding}: a value hidden in any month is hidden in the quarter), read together; the attacker adds
     * quarter = sum of months, cell by cell, and solves everything at once. The same for the two indicators that count
     * one thing twice over ({@code SAME_AS}) is covered by the ESF populations above.
     */
    @Test
    void noGeneratedGeneralIndicatorLeavesASmallCountNarrowedAcrossItsMonthsAndTheirQuarter() {
        long base = Long.getLong("kentra.attack.seed", 20261206L);
        for (int run = 0; run < 3; run++) {
            long seed = base + run;
            Random random = new Random(seed);
            int rows = 12 + random.nextInt(16);
            int columns = 2 + random.nextInt(3);
            List<String> keys = new ArrayList<>();
            List<String> groups = new ArrayList<>();
            List<String> columnKeys = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                keys.add("centre-" + r);
                groups.add("region-" + random.nextInt(1 + rows / 5));
            }
            for (int c = 0; c < columns; c++) {
                columnKeys.add("C" + c);
            }
            Suppression suppression = new Suppression(K);
            LinkedAttacker attacker = new LinkedAttacker(K);
            long[][] quarter = new long[rows][columns];
            Set<String> hiddenInMonths = new java.util.HashSet<>();
            List<String> months = new ArrayList<>();
            for (int m = 1; m <= 3; m++) {
                long[][] counts = new long[rows][columns];
                for (int r = 0; r < rows; r++) {
                    boolean active = random.nextInt(3) > 0;
                    for (int c = 0; c < columns; c++) {
                        counts[r][c] = active && random.nextInt(3) > 0 ? random.nextInt(random.nextInt(5) == 0 ? 30 : 6)
                                : 0;
                        quarter[r][c] += counts[r][c];
                    }
                }
                ProtectedGrid month = suppression.protect(new Grid(keys, groups, columnKeys, counts));
                hiddenInMonths.addAll(month.hiddenKeys());
                attacker.read("2026-0" + m, month);
                months.add("2026-0" + m);
            }
            ProtectedGrid period = suppression.protectWithin(new Grid(keys, groups, columnKeys, quarter),
                    hiddenInMonths);
            attacker.read("2026-Q1", period);
            attacker.equal("2026-Q1", months);
            assertThat(attacker.findings()).as("seed %d (-Dkentra.attack.seed=%d)", seed, seed).isEmpty();
        }
    }

    // ---- helpers: the population's tables and the attacker's own knowledge ----

    static Participant random(Random random, String row, String region) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        for (Flag flag : Flag.values()) {
            if (random.nextInt(8) == 0) {
                flags.add(flag);
            }
        }
        return new Participant(row, region, GENDERS.get(random.nextInt(2)), STATUSES.get(random.nextInt(5)),
                AGES.get(random.nextInt(AGES.size())), random.nextInt(9), flags);
    }

    /** Every ESF indicator's grid (rows: operations in order of first entry, groups: regions; columns: genders). */
    static Map<String, Grid> grids(List<Participant> people) {
        Map<String, String> rows = new LinkedHashMap<>();
        people.forEach(p -> rows.putIfAbsent(p.row(), p.region()));
        return grids(people, rows);
    }

    /** The same over given rows (operation to region), as every month's grid of the service has every operation. */
    static Map<String, Grid> grids(List<Participant> people, Map<String, String> rows) {
        List<String> rowKeys = new ArrayList<>(rows.keySet());
        Map<String, Grid> grids = new LinkedHashMap<>();
        for (Indicator indicator : CATALOGUE.allEsf()) {
            long[][] counts = new long[rowKeys.size()][GENDERS.size()];
            for (Participant p : people) {
                if (matches(indicator.filter(), p)) {
                    counts[rowKeys.indexOf(p.row())][GENDERS.indexOf(p.gender())]++;
                }
            }
            grids.put(indicator.code(), new Grid(rowKeys, new ArrayList<>(rows.values()), GENDERS, counts));
        }
        return grids;
    }

    /** What the service reads: one grid per indicator that is not declared the same as another. */
    static Map<String, Grid> canonicalGrids(Map<String, Grid> grids) {
        Map<String, Grid> canonical = new LinkedHashMap<>();
        for (Indicator indicator : CATALOGUE.allEsf()) {
            if (indicator.relations(Relation.Kind.SAME_AS).isEmpty()) {
                canonical.put(indicator.code(), grids.get(indicator.code()));
            }
        }
        return canonical;
    }

    /** The rule of a filter, evaluated here on its own (not through the service's SQL). */
    private static boolean matches(Filter f, Participant p) {
        return in(f.gender(), p.gender()) && in(f.ageBand(), p.age()) && in(f.employmentStatus(), p.status())
                && (f.iscedMin() == null || p.isced() >= f.iscedMin()) && (f.iscedMax() == null || p.isced() <= f.iscedMax())
                && (f.anyFlag() == null || f.anyFlag().isEmpty() || f.anyFlag().stream().anyMatch(p.flags()::contains))
                && (f.allFlags() == null || p.flags().containsAll(f.allFlags()));
    }

    private static boolean in(List<String> allowed, String value) {
        return allowed == null || allowed.isEmpty() || allowed.contains(value);
    }

    /**
     * The attacker reads the tables of one programme (or of both, {@code null}) and adds what it knows of the rules,
     * derived on its own over every profile (status, age, ISCED level, up to two flags): one indicator within
     * another, and families of disjoint indicators on one attribute, which add up to all participants when they
     * cover every profile (every participant has a status and a level) and to at most that otherwise.
     */
    private static List<LinkedAttacker.Finding> attack(Map<String, ProtectedGrid> published, String programme) {
        List<Indicator> read = programme == null ? CATALOGUE.allEsf() : CATALOGUE.esf(programme).orElseThrow();
        LinkedAttacker attacker = new LinkedAttacker(K);
        read.forEach(i -> attacker.read(i.code(), published.get(i.code())));
        ruleLinks(attacker, read, code -> code);
        return attacker.findings();
    }

    /**
     * What the attacker knows of the rules of the ESF tables {@code read} (named {@code name.apply(code)} in the
     * attacker), derived on its own over every profile: subsets, and families of disjoint indicators on one
     * attribute.
     */
    static void ruleLinks(LinkedAttacker attacker, List<Indicator> read, Function<String, String> name) {
        List<Participant> profiles = profiles();
        Map<String, BitSet> sets = new LinkedHashMap<>();
        for (Indicator indicator : read) {
            BitSet set = new BitSet();
            for (int i = 0; i < profiles.size(); i++) {
                if (matches(indicator.filter(), profiles.get(i))) {
                    set.set(i);
                }
            }
            sets.put(indicator.code(), set);
        }
        for (String part : sets.keySet()) {
            for (String whole : sets.keySet()) {
                BitSet outside = (BitSet) sets.get(part).clone();
                outside.andNot(sets.get(whole));
                if (!part.equals(whole) && outside.isEmpty()) {
                    attacker.atMost(List.of(name.apply(part)), name.apply(whole));
                }
            }
        }
        String everyone = sets.entrySet().stream().filter(e -> e.getValue().cardinality() == profiles.size())
                .map(Map.Entry::getKey).findFirst().orElse(null);
        if (everyone != null) {
            families(read, sets, profiles.size(), everyone, attacker, name, f -> f.employmentStatus() != null);
            families(read, sets, profiles.size(), everyone, attacker, name, f -> f.iscedMin() != null);
            families(read, sets, profiles.size(), everyone, attacker, name, f -> f.ageBand() != null);
        }
    }

    private static void families(List<Indicator> read, Map<String, BitSet> sets, int all, String everyone,
            LinkedAttacker attacker, Function<String, String> name, Predicate<Filter> onAttribute) {
        List<String> codes = read.stream().filter(i -> onAttribute.test(i.filter())
                && i.filter().anyFlag() == null && i.filter().allFlags() == null
                && countAttributes(i.filter()) == 1).map(Indicator::code).toList();
        Set<List<String>> seen = new LinkedHashSet<>();
        for (String start : codes) {
            List<String> family = new ArrayList<>(List.of(start));
            BitSet union = (BitSet) sets.get(start).clone();
            for (String other : codes) {
                if (!family.contains(other) && !union.intersects(sets.get(other))) {
                    family.add(other);
                    union.or(sets.get(other));
                }
            }
            if (family.size() > 1 && seen.add(family.stream().sorted().toList())) {
                List<String> named = family.stream().map(name).toList();
                if (union.cardinality() == all) {
                    attacker.equal(name.apply(everyone), named);
                } else {
                    attacker.atMost(named, name.apply(everyone));
                }
            }
        }
    }

    private static int countAttributes(Filter f) {
        Function<Object, Integer> one = o -> o == null ? 0 : 1;
        return one.apply(f.employmentStatus()) + one.apply(f.ageBand()) + one.apply(f.iscedMin() == null
                && f.iscedMax() == null ? null : 1);
    }

    /** Every profile a participant can have (all stated), with no, one or two flags. */
    private static List<Participant> profiles() {
        List<Set<Flag>> flagSets = new ArrayList<>();
        flagSets.add(EnumSet.noneOf(Flag.class));
        for (Flag a : Flag.values()) {
            flagSets.add(EnumSet.of(a));
            for (Flag b : Flag.values()) {
                if (b.ordinal() > a.ordinal()) {
                    flagSets.add(EnumSet.of(a, b));
                }
            }
        }
        List<Participant> profiles = new ArrayList<>();
        for (String status : STATUSES) {
            for (String age : AGES) {
                for (int isced = 0; isced <= 8; isced++) {
                    for (Set<Flag> flags : flagSets) {
                        profiles.add(new Participant("", "", "FEMALE", status, age, isced, flags));
                    }
                }
            }
        }
        return profiles;
    }
}
