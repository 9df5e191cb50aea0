package gr.kentra.reporting.aggregate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code person_presence} and {@code distinct_persons}: the distinct persons of every calendar month,
 * quarter and year per centre ({@code C}), region ({@code R}, the centre's region as in {@code centre}) and
 * nation ({@code N}, empty key). A person's presence is one row per year and scope holding the months served
 * there as bits; intake ORs the new months in and reads back the bits from before (PostgreSQL 18's
 * {@code RETURNING old}), so a period counts a person exactly when its bits go from none to some. The row lock
 * of the upsert makes this exact under concurrent intake too.
 */
@Component
class DistinctPersons {

    /** The standard periods of a year: twelve months, four quarters and the year, as first/last month. */
    private static final List<int[]> PERIODS = periods();

    /** The presence rows of persons served in {@code f} (month, centre, person), for the scopes selected. */
    private static final String PRESENCE = """
            select left(f.period_month, 4)::smallint, s.scope_level, s.scope_key, f.person_pseudonym,
                bit_or(1 << (right(f.period_month, 2)::int - 1))
            from (%1$s) f join centre c on c.tenant_id = f.tenant_id
            cross join lateral (values ('C', f.tenant_id), ('R', c.region_code), ('N', '')) s(scope_level, scope_key)
            where %2$s
            group by 1, 2, 3, 4""";

    private static final String NEW_FACTS = """
            select distinct period_month, tenant_id, person_pseudonym from indicator_fact
            where fact_id = any(?) and person_pseudonym is not null and sign = 1""";

    private static final String ALL_SCOPES = "true";
    private static final String REGIONS = "s.scope_level = 'R' and s.scope_key = any(?)";

    private static final String PERIOD_FROM = "y.period_year::text || '-' || lpad(p.first_month::text, 2, '0')";
    private static final String PERIOD_TO = "y.period_year::text || '-' || lpad(p.last_month::text, 2, '0')";

    /** Counts a period once for every presence whose bits of that period were all clear and are not now. */
    private static final String ADD = """
            with presence as (%1$s),
            changed as (
                insert into person_presence (period_year, scope_level, scope_key, person_pseudonym, months)
                select * from presence order by 1, 2, 3, 4
                on conflict (period_year, scope_level, scope_key, person_pseudonym) do update
                    set months = person_presence.months | excluded.months
                    where person_presence.months | excluded.months <> person_presence.months
                returning new.period_year, new.scope_level, new.scope_key, coalesce(old.months, 0) as before,
                    new.months as after)
            insert into distinct_persons (period_from, period_to, scope_level, scope_key, persons)
            select %2$s, %3$s, y.scope_level, y.scope_key, count(*)
            from changed y cross join lateral (values %4$s) p(first_month, last_month, bits)
            where y.after & p.bits <> 0 and y.before & p.bits = 0
            group by 1, 2, 3, 4 order by 1, 2, 3, 4
            on conflict (period_from, period_to, scope_level, scope_key) do update
                set persons = distinct_persons.persons + excluded.persons""".formatted(
            PRESENCE.formatted(NEW_FACTS, ALL_SCOPES), PERIOD_FROM, PERIOD_TO, values(true));

    /** Counts every standard period in one pass over the presences (one filtered count per period). */
    private static final String COUNT = """
            insert into distinct_persons (period_from, period_to, scope_level, scope_key, persons)
            select %1$s, %2$s, y.scope_level, y.scope_key, p.persons
            from (select period_year, scope_level, scope_key, %3$s from person_presence where %%s group by 1, 2, 3) y
            cross join lateral (values %4$s) p(first_month, last_month, persons)
            where p.persons > 0""".formatted(PERIOD_FROM, PERIOD_TO, filteredCounts(), values(false));

    private final JdbcTemplate jdbc;

    DistinctPersons(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the persons of facts just stored; {@code centre} must already know the facts' centres. */
    void add(Collection<UUID> factIds) {
        jdbc.update(ADD, (Object) factIds.toArray(UUID[]::new));
    }

    /**
     * Recounts the regions given from {@code person_month}: after a centre moved to another region, its
     * persons leave the old region's counts and join the new one's, for every period.
     */
    void recountRegions(Collection<String> regions) {
        String[] codes = regions.toArray(String[]::new);
        jdbc.update("delete from person_presence where scope_level = 'R' and scope_key = any(?)", (Object) codes);
        jdbc.update("delete from distinct_persons where scope_level = 'R' and scope_key = any(?)", (Object) codes);
        jdbc.update("insert into person_presence " + PRESENCE.formatted("select * from person_month", REGIONS),
                (Object) codes);
        jdbc.update(COUNT.formatted("scope_level = 'R' and scope_key = any(?)"), (Object) codes);
    }

    /**
     * Recounts one pseudonym from what is left of it in {@code person_month}: its presences are rebuilt, and every
     * standard period of a scope where it had presence before and has none now counts one person fewer.
     */
    void forget(String pseudonym) {
        Map<String, Integer> before = presences(pseudonym);
        jdbc.update("delete from person_presence where person_pseudonym = ?", pseudonym);
        jdbc.update("insert into person_presence " + PRESENCE.formatted(
                "select * from person_month where person_pseudonym = ?", ALL_SCOPES), pseudonym);
        Map<String, Integer> after = presences(pseudonym);
        before.forEach((key, months) -> {
            String[] parts = key.split("\\|", -1);
            int now = after.getOrDefault(key, 0);
            for (int[] period : PERIODS) {
                int bits = bits(period);
                if ((months & bits) != 0 && (now & bits) == 0) {
                    jdbc.update("update distinct_persons set persons = persons - 1 where period_from = ?"
                            + " and period_to = ? and scope_level = ? and scope_key = ?",
                            parts[0] + "-" + "%02d".formatted(period[0]), parts[0] + "-" + "%02d".formatted(period[1]),
                            parts[1], parts[2]);
                }
            }
        });
        // A rebuild writes no period without persons.
        jdbc.update("delete from distinct_persons where persons <= 0");
    }

    /** year|level|key → months, of one pseudonym. */
    private Map<String, Integer> presences(String pseudonym) {
        Map<String, Integer> presences = new HashMap<>();
        jdbc.query("select period_year, scope_level, scope_key, months from person_presence where person_pseudonym = ?",
                row -> {
                    presences.put(row.getInt(1) + "|" + row.getString(2) + "|" + row.getString(3), row.getInt(4));
                }, pseudonym);
        return presences;
    }

    /** Recomputes both tables from {@code person_month} and {@code centre}, which must be rebuilt already. */
    int rebuild(RebuildSteps steps) {
        TableIndexes key = TableIndexes.drop(jdbc, "person_presence");
        int presences = steps.run("person_presence", () -> jdbc.update("insert into person_presence "
                + PRESENCE.formatted("select * from person_month", ALL_SCOPES)));
        key.create(steps);
        steps.run("distinct_persons", () -> jdbc.update(COUNT.formatted(ALL_SCOPES)));
        return presences;
    }

    private static List<int[]> periods() {
        List<int[]> periods = new ArrayList<>();
        IntStream.rangeClosed(1, 12).forEach(month -> periods.add(new int[] {month, month}));
        IntStream.of(1, 4, 7, 10).forEach(first -> periods.add(new int[] {first, first + 2}));
        periods.add(new int[] {1, 12});
        return List.copyOf(periods);
    }

    /** The bits of the months from {@code first} to {@code last} (January is bit 0). */
    private static int bits(int[] period) {
        return (1 << period[1]) - (1 << (period[0] - 1));
    }

    /** {@code (first, last, bits)} rows, or {@code (first, last, cN)} naming the filtered counts. */
    private static String values(boolean bits) {
        return IntStream.range(0, PERIODS.size()).mapToObj(i -> "(" + PERIODS.get(i)[0] + ", " + PERIODS.get(i)[1]
                + ", " + (bits ? Integer.toString(bits(PERIODS.get(i))) : "y.c" + i) + ")")
                .collect(Collectors.joining(", "));
    }

    private static String filteredCounts() {
        return IntStream.range(0, PERIODS.size())
                .mapToObj(i -> "count(*) filter (where months & " + bits(PERIODS.get(i)) + " <> 0) as c" + i)
                .collect(Collectors.joining(", "));
    }
}
