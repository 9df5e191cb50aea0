package gr.kentra.reporting.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import gr.kentra.reporting.ReportingIntegrationTest;
import gr.kentra.reporting.TestFact;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class NoDirectIdentifierTest extends ReportingIntegrationTest {

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void noTableOfReportingHoldsAnythingShapedLikeADirectIdentifier() throws Exception {
        emptyStore();
        deliver(TestFact.json(List.of(
                TestFact.of("BENEFICIARY_REGISTERED").centre("agios-dimitrios", "attica"),
                TestFact.of("PARTICIPANT_ENTERED").with("employmentStatus", "UNEMPLOYED").with("iscedLevel", 2)
                        .flags("ROMA", "RURAL"),
                TestFact.of("REQUEST_CLOSED").with("category", "GMI_APPLICATION").with("outcome", "COMPLETED"),
                TestFact.of("REFERRAL_SENT").with("category", "DYPA"),
                TestFact.of("GOODS_DISTRIBUTED").with("category", "FEAD_FOOD").with("quantity", 12),
                TestFact.of("EVENT_HELD").with("category", "CHILDREN").with("quantity", 40)
                        .centre("mouzaki", "thessaly").with("operation", null))));
        assertThat(jdbc.queryForObject("select count(*) from fact_monthly", Long.class)).isPositive();

        assertThat(DirectIdentifierScanner.scan(jdbc)).isEmpty();
    }

    @Test
    void theScanCatchesAPlantedAmkaAfmNameAndDay() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            plant("01013099997", null);
            plant("ΜΑΡΊΑ_ΠΑΠΑΔΟΠΟΎΛΟΥ", null);
            plant("REQUEST", "2026-11-05");
            jdbc.update("update centre set region_code = '090000007' where tenant_id = 'planted'");
            jdbc.execute("create table planted_dates (seen_on date)");

            List<DirectIdentifierScanner.Hit> hits = DirectIdentifierScanner.scan(jdbc);
            assertThat(hits).extracting(DirectIdentifierScanner.Hit::reason).contains("AMKA-like number",
                    "AFM-like number", "personal name", "date with a day", "column type holds a day");
            tx.setRollbackOnly();
        });
        assertThat(DirectIdentifierScanner.scan(jdbc)).noneMatch(hit -> hit.value().contains("01013099997"));
    }

    @Test
    void pseudonymsUuidsAndSaintsInPlaceNamesAreNotHits() {
        String hexWithDigitRuns = "ab01013099997cd" + "0".repeat(49);
        assertThat(DirectIdentifierScanner.scanValue("t", "(" + hexWithDigitRuns + ",agia-paraskevi,2026-03,"
                + "6f1c0000-1234-4abc-8def-123456789012,5001910)")).isEmpty();
        assertThat(DirectIdentifierScanner.scanValue("t", "(maria,2026-03)")).isNotEmpty();
    }

    private void plant(String category, String outcome) {
        jdbc.update("insert into centre (tenant_id, region_code) values ('planted', 'attica') on conflict do nothing");
        jdbc.update("""
                insert into indicator_fact (fact_id, tenant_id, region_code, period_month, fact_type, category, outcome)
                values (gen_random_uuid(), 'planted', 'attica', '2026-11', 'REQUEST_OPENED', ?, ?)""",
                category, outcome);
    }
}
