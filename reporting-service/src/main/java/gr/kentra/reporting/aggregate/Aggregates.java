package gr.kentra.reporting.aggregate;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pre-aggregates that every indicator query reads: {@code fact_monthly} (counts and quantities per month
 * and coded attributes), {@code person_month} (who was served where and when, for distinct counts over any
 * period), {@code esf_participant} (each participant once per operation, profile at the earliest entry) and
 * {@code centre}, and the distinct persons of the standard periods ({@link DistinctPersons}). Intake adds new
 * facts to them; a rebuild recomputes them from {@code indicator_fact} with the very same statements (only the
 * coarse tables are summed from {@code fact_monthly} in a rebuild), so the two paths cannot drift apart. Each
 * step of a rebuild is timed and logged ({@link RebuildSteps}).
 */
@Component
public class Aggregates {

    private static final String DIMENSIONS = "period_month, tenant_id, region_code, operation_code, fact_type, "
            + "category, outcome, gender, age_band, employment_status, isced_level, flags";

    private static final String FACT_MONTHLY = """
            insert into fact_monthly (%1$s, fact_count, quantity_sum)
            select %1$s, sum(sign), sum(sign * quantity) from indicator_fact %2$s
            group by %1$s %3$s""";

    /**
     * Intake upserts in the order of the dimensions, so that two concurrent batches lock the same rows in
     * the same order and cannot deadlock. A rebuild starts from empty tables and needs neither.
     */
    private static final String UPSERT = """
            order by %1$s
            on conflict (%1$s) do update set fact_count = fact_monthly.fact_count + excluded.fact_count,
                quantity_sum = fact_monthly.quantity_sum + excluded.quantity_sum""".formatted(DIMENSIONS);

    private static final String COARSE_DIMENSIONS = "fact_type, period_month, tenant_id, category, outcome, gender";

    /**
     * The same counts without the profile attributes, for indicators that do not filter on them: from the new
     * facts at intake, from {@code fact_monthly} (a little over half as many rows as facts) in a rebuild.
     */
    private static final String FACT_MONTHLY_COARSE = """
            insert into fact_monthly_coarse (%1$s, fact_count, quantity_sum)
            select %1$s, %2$s from %3$s
            group by %1$s %4$s""";

    private static final String COARSE_UPSERT = """
            order by %1$s
            on conflict (%1$s) do update set fact_count = fact_monthly_coarse.fact_count + excluded.fact_count,
                quantity_sum = fact_monthly_coarse.quantity_sum + excluded.quantity_sum""".formatted(COARSE_DIMENSIONS);

    /**
     * The stamp row of the list of centres and their regions (every grid's rows), in {@code month_stamp}
     * beside the months with the empty fact type; no month looks like it. Public: the cache reads it with the
     * months of a period.
     */
    public static final String CENTRES_STAMP = "CENTRES";

    private static final String YEARLY_DIMENSIONS = "fact_type, period_year, tenant_id, category, outcome, gender";

    /** The coarse counts per calendar year: a yearly table reads a twelfth of the rows. */
    private static final String FACT_YEARLY_COARSE = """
            insert into fact_yearly_coarse (%1$s, fact_count, quantity_sum)
            select fact_type, left(period_month, 4)::smallint, tenant_id, category, outcome, gender, %2$s
            from %3$s group by 1, 2, 3, 4, 5, 6 %4$s""";

    private static final String YEARLY_UPSERT = """
            order by 1, 2, 3, 4, 5, 6
            on conflict (%1$s) do update set fact_count = fact_yearly_coarse.fact_count + excluded.fact_count,
                quantity_sum = fact_yearly_coarse.quantity_sum + excluded.quantity_sum""".formatted(YEARLY_DIMENSIONS);

    /**
     * A new stamp for every (month, fact type) given: whatever was cached for a period with these months, of
     * an indicator reading these types, is stale. The empty type stands for every type. In key order, so that
     * concurrent batches lock the rows in the same order.
     */
    private static final String STAMP = """
            insert into month_stamp (period_month, fact_type, stamp)
            select period_month, fact_type, nextval('month_stamp_seq') from (%s) changed order by 1, 2
            on conflict (period_month, fact_type) do update set stamp = excluded.stamp
            returning period_month, fact_type""";

    /**
     * Taken right before stamping and held until commit: transactions then commit their stamps in the order
     * they drew them. Without it, a batch drawing stamp 100 could commit after one drawing 101; a reader
     * between the two would cache a grid under 101 that lacks the first batch, and the maximum it compares
     * would not move when that batch lands. The wait is only for the end of concurrent intakes.
     */
    private static final String STAMP_ORDER = "select pg_advisory_xact_lock(hashtext('kentra.month_stamp'))";

    /** The stamp key of the list of centres, which every grid reads whatever its types. */
    private static final String CENTRES_KEY = "select '" + CENTRES_STAMP + "' as period_month, '' as fact_type";

    /**
     * One row per key (month, centre, person): of facts of one month from two regions (a centre that moved
     * within the month) the first region in text order is kept, so that a rebuild may fill the table without
     * its key and build the key after.
     */
    private static final String PERSON_MONTH = """
            insert into person_month (period_month, tenant_id, region_code, person_pseudonym)
            select period_month, tenant_id, min(region_code), person_pseudonym from indicator_fact
            where person_pseudonym is not null and sign = 1 %s
            group by period_month, tenant_id, person_pseudonym
            on conflict do nothing""";

    /** The earliest entry wins, whichever order the facts arrive in. */
    private static final String ESF_PARTICIPANT = """
            insert into esf_participant (operation_code, person_pseudonym, period_month, tenant_id, region_code,
                gender, age_band, employment_status, isced_level, flags)
            select distinct on (operation_code, person_pseudonym) operation_code, person_pseudonym, period_month,
                tenant_id, region_code, gender, age_band, employment_status, isced_level, flags
            from indicator_fact where fact_type = 'PARTICIPANT_ENTERED' and person_pseudonym is not null %s
            order by operation_code, person_pseudonym, period_month, fact_id
            on conflict (operation_code, person_pseudonym) do update set period_month = excluded.period_month,
                tenant_id = excluded.tenant_id, region_code = excluded.region_code, gender = excluded.gender,
                age_band = excluded.age_band, employment_status = excluded.employment_status,
                isced_level = excluded.isced_level, flags = excluded.flags
            where excluded.period_month < esf_participant.period_month""";

    /**
     * A centre's region is the one of its latest fact. Grouped first (a few rows per centre) so that only those
     * are sorted, not every fact.
     */
    private static final String CENTRE = """
            insert into centre (tenant_id, region_code)
            select distinct on (tenant_id) tenant_id, region_code
            from (select tenant_id, region_code, max(period_month) as latest from indicator_fact %s
                group by tenant_id, region_code) latest
            order by tenant_id, latest desc
            on conflict (tenant_id) do update set region_code = excluded.region_code""";

    /** The regions a centre left or joined with the new facts (PostgreSQL 18 returns the row from before). */
    private static final String MOVED = " returning old.region_code, new.region_code";

    private static final String ONLY_NEW = "fact_id = any(?)";

    private final JdbcTemplate jdbc;
    private final DistinctPersons persons;
    private final ApplicationEventPublisher events;

    Aggregates(JdbcTemplate jdbc, DistinctPersons persons, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.events = events;
    }

    /** Stamps the rows {@code changed} selects and tells listeners (after commit) which months and types. */
    private int stamp(String changed, Object... args) {
        Map<YearMonth, Set<String>> typesByMonth = new HashMap<>();
        int[] rows = {0};
        boolean[] centres = {false};
        jdbc.query(STAMP.formatted(changed), row -> {
            rows[0]++;
            String month = row.getString(1);
            if (CENTRES_STAMP.equals(month)) {
                centres[0] = true;
            } else {
                typesByMonth.computeIfAbsent(YearMonth.parse(month), m -> new HashSet<>()).add(row.getString(2));
            }
        }, args);
        if (centres[0]) {
            // Every grid reads the list of centres: each month told of is stale for every type, not only for the
            // types it has facts of (a rebuild's month without ESF entries still has new ESF grids to protect).
            typesByMonth.values().forEach(types -> types.add(""));
        }
        if (!typesByMonth.isEmpty()) {
            events.publishEvent(new AggregatesChanged(typesByMonth));
        }
        return rows[0];
    }

    /** Adds facts just stored (within the caller's transaction) to every aggregate. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(Collection<UUID> factIds) {
        if (factIds.isEmpty()) {
            return;
        }
        UUID[] ids = factIds.toArray(UUID[]::new);
        // Centres first: the distinct persons of a region follow the region the centre has now.
        Set<String> movedRegions = new TreeSet<>();
        boolean[] newCentre = {false};
        jdbc.query(CENTRE.formatted("where " + ONLY_NEW) + MOVED, row -> {
            String before = row.getString(1);
            newCentre[0] |= before == null;
            if (before != null && !before.equals(row.getString(2))) {
                movedRegions.add(before);
                movedRegions.add(row.getString(2));
            }
        }, (Object) ids);
        jdbc.update(FACT_MONTHLY.formatted(DIMENSIONS, "where " + ONLY_NEW, UPSERT), (Object) ids);
        jdbc.update(FACT_MONTHLY_COARSE.formatted(COARSE_DIMENSIONS, "sum(sign), sum(sign * quantity)",
                "indicator_fact where " + ONLY_NEW, COARSE_UPSERT), (Object) ids);
        jdbc.update(FACT_YEARLY_COARSE.formatted(YEARLY_DIMENSIONS, "sum(sign), sum(sign * quantity)",
                "indicator_fact where " + ONLY_NEW, YEARLY_UPSERT), (Object) ids);
        jdbc.update(PERSON_MONTH.formatted("and " + ONLY_NEW), (Object) ids);
        jdbc.update(ESF_PARTICIPANT.formatted("and " + ONLY_NEW), (Object) ids);
        persons.add(factIds);
        if (!movedRegions.isEmpty()) {
            persons.recountRegions(movedRegions);
        }
        jdbc.execute(STAMP_ORDER);
        if (newCentre[0] || !movedRegions.isEmpty()) {
            // Every national grid has a row per centre, in its region, whatever its months: all are stale.
            stamp(CENTRES_KEY);
        }
        stamp("select distinct period_month, fact_type from indicator_fact where " + ONLY_NEW, (Object) ids);
    }

    /**
     * Forgets a person a centre erased (GDPR Art. 17): their facts of that centre lose the pseudonym, and the
     * person-level rows built from it go ({@code person_month}, {@code esf_participant}, {@code person_presence}),
     * each rebuilt from what the pseudonym still has elsewhere (the same AMKA served by another centre). Counts of
     * facts stay as published, since the facts stay, unlinked; distinct persons lose the person in every period
     * and scope they no longer have presence in. So the tables are exactly what a rebuild from the facts gives.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forget(String tenant, String pseudonym) {
        List<UUID> facts = jdbc.queryForList("select fact_id from indicator_fact where tenant_id = ?"
                + " and person_pseudonym = ?", UUID.class, tenant, pseudonym);
        if (facts.isEmpty()) {
            return;
        }
        UUID[] ids = facts.toArray(UUID[]::new);
        jdbc.update("update indicator_fact set person_pseudonym = null where fact_id = any(?)", (Object) ids);
        jdbc.update("delete from person_month where tenant_id = ? and person_pseudonym = ?", tenant, pseudonym);
        jdbc.update("delete from esf_participant where person_pseudonym = ?", pseudonym);
        jdbc.update(ESF_PARTICIPANT.formatted("and person_pseudonym = ?"), pseudonym);
        persons.forget(pseudonym);
        jdbc.execute(STAMP_ORDER);
        stamp("select distinct period_month, fact_type from indicator_fact where " + ONLY_NEW, (Object) ids);
    }

    /**
     * Recomputes every aggregate from the facts in one transaction. The share lock on the facts makes
     * concurrent intake wait, so no fact can land between the truncate and the recount. The large tables are
     * filled without their keys and indexes, which are built again once each table is complete (the truncate
     * already keeps readers out until commit, so nobody sees a table without them).
     */
    @Transactional
    public Rebuild rebuild() {
        long started = System.nanoTime();
        RebuildSteps steps = new RebuildSteps();
        steps.run("lock facts", () -> jdbc.execute("lock table indicator_fact in share mode"));
        steps.run("truncate", () -> jdbc.execute("truncate fact_monthly, fact_monthly_coarse, fact_yearly_coarse, "
                + "person_month, esf_participant, centre, person_presence, distinct_persons"));
        // Grouping a million facts and building the indexes in memory instead of in temporary files; for this
        // transaction only.
        jdbc.execute("set local work_mem = '256MB'");
        jdbc.execute("set local maintenance_work_mem = '512MB'");
        TableIndexes monthlyIndexes = TableIndexes.drop(jdbc, "fact_monthly");
        int monthly = steps.run("fact_monthly", () -> jdbc.update(FACT_MONTHLY.formatted(DIMENSIONS, "", "")));
        monthlyIndexes.create(steps);
        TableIndexes coarseIndexes = TableIndexes.drop(jdbc, "fact_monthly_coarse");
        steps.run("fact_monthly_coarse", () -> jdbc.update(FACT_MONTHLY_COARSE.formatted(COARSE_DIMENSIONS,
                "sum(fact_count), sum(quantity_sum)", "fact_monthly", "")));
        coarseIndexes.create(steps);
        steps.run("fact_yearly_coarse", () -> jdbc.update(FACT_YEARLY_COARSE.formatted(YEARLY_DIMENSIONS,
                "sum(fact_count), sum(quantity_sum)", "fact_monthly_coarse", "")));
        TableIndexes personIndexes = TableIndexes.drop(jdbc, "person_month");
        int persons = steps.run("person_month", () -> jdbc.update(PERSON_MONTH.formatted("")));
        personIndexes.create(steps);
        int participants = steps.run("esf_participant", () -> jdbc.update(ESF_PARTICIPANT.formatted("")));
        int centres = steps.run("centre", () -> jdbc.update(CENTRE.formatted("")));
        int presences = this.persons.rebuild(steps);
        steps.run("stamps", () -> {
            jdbc.execute(STAMP_ORDER);
            // The centres' stamp alone would do (every grid reads it); the others keep each row telling the truth.
            return stamp("select period_month, fact_type from month_stamp union select "
                    + "distinct period_month, fact_type from fact_monthly_coarse union " + CENTRES_KEY);
        });
        return new Rebuild(monthly, persons, participants, centres, presences,
                (System.nanoTime() - started) / 1_000_000, steps.millis());
    }

    /** Row counts of the rebuilt aggregates and how long the rebuild took. */
    public record Rebuild(int factMonthlyRows, int personMonthRows, int participantRows, int centres,
            int personPresenceRows, long millis, Map<String, Long> stepMillis) {
    }
}
