package gr.kentra.reporting.aggregate;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import gr.kentra.commons.time.Athens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the retention rule: every row of a calendar year whose last month is more than
 * {@link RetentionProperties#years()} years old goes, facts and aggregates alike, so what stays is still exactly
 * what a rebuild from the facts gives. Whole years only: the yearly tables cannot lose part of a year.
 */
@Component
public class RetentionPurge {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    /** Each table and how its rows name their year. */
    private static final List<String> DELETES = List.of(
            "delete from indicator_fact where period_month < ?",
            "delete from fact_monthly where period_month < ?",
            "delete from fact_monthly_coarse where period_month < ?",
            "delete from person_month where period_month < ?",
            "delete from esf_participant where period_month < ?",
            "delete from distinct_persons where period_to < ?",
            // Cached grids of those months are stale now.
            "update month_stamp set stamp = nextval('month_stamp_seq') where period_month < ?");
    private static final List<String> YEARLY_DELETES = List.of(
            "delete from fact_yearly_coarse where period_year < ?",
            "delete from person_presence where period_year < ?");

    private final JdbcTemplate jdbc;
    private final RetentionProperties retention;
    private final Clock clock;

    RetentionPurge(JdbcTemplate jdbc, RetentionProperties retention) {
        this.jdbc = jdbc;
        this.retention = retention;
        this.clock = Clock.system(Athens.ZONE);
    }

    @Scheduled(cron = "${kentra.reporting.retention.cron:0 30 3 * * *}", zone = "Europe/Athens")
    void nightly() {
        purge(YearMonth.now(clock));
    }

    /**
     * Purges the years past retention as of {@code now}: a year goes once its December is more than the
     * retention period ago. Returns the first year kept.
     */
    @Transactional
    public int purge(YearMonth now) {
        // The December before firstKept plus the retention period is before now; firstKept's is not.
        int firstKept = now.minusYears(retention.years()).getYear();
        String firstMonth = firstKept + "-01";
        int rows = DELETES.stream().mapToInt(sql -> jdbc.update(sql, firstMonth)).sum()
                + YEARLY_DELETES.stream().mapToInt(sql -> jdbc.update(sql, firstKept)).sum();
        if (rows > 0) {
            log.info("Retention: purged {} rows of the years before {}", rows, firstKept);
        }
        return firstKept;
    }
}
