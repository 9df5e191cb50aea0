package gr.kentra.cases.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.cases.tenancy.registry.TenantRegistry;
import gr.kentra.commons.tenant.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A failing centre's delivery pause lives in the registry's database beside the centre's row, and goes with it: a
 * centre removed while its delivery failed leaves nothing behind for the relays of any instance.
 */
class RelayBackoffOfRemovedCentreTest extends CaseServiceIntegrationTest {

    private static final TenantId GONE = TenantId.of("relay-gone");
    private static final TenantId KEPT = TenantId.of("relay-kept");
    private static final Duration FIRST = Duration.ofSeconds(1);
    private static final Duration LONGEST = Duration.ofSeconds(4);

    @Autowired
    private TenantRegistry registry;
    @Autowired
    private JdbcTemplate platform;

    private RelayBackoffs backoffs() {
        return new RelayBackoffs(platform, FIRST, LONGEST, Duration.ofSeconds(30));
    }

    @AfterEach
    void removeCentres() {
        registry.remove(GONE);
        registry.remove(KEPT);
    }

    @Test
    void aCentreRemovedWhileItsDeliveryFailsTakesItsPauseWithItAndLeavesAnotherCentresPauseAlone() {
        registry.markFailed(GONE, "cell-1", Instant.now());
        registry.markFailed(KEPT, "cell-1", Instant.now());
        RelayBackoffs backoffs = backoffs();
        assertThat(backoffs.failed(GONE, backoffs.take(GONE))).isEqualTo(FIRST);
        assertThat(backoffs.failed(KEPT, backoffs.take(KEPT))).isEqualTo(FIRST);
        assertThat(pauses(GONE)).isOne();

        registry.remove(GONE);

        assertThat(pauses(GONE)).isZero();
        assertThat(pauses(KEPT)).isOne();
        assertThat(backoffs.take(GONE).mayDeliver()).as("no pause left for the removed centre").isTrue();
        assertThat(backoffs.take(KEPT).mayDeliver()).as("the other centre still waits").isFalse();
    }

    @Test
    void aFailureOfACentreRemovedMeanwhileIsNotRecordedAndWaitsTheLongestPause() {
        RelayBackoffs backoffs = backoffs();
        RelayBackoffs.Turn turn = backoffs.take(GONE);

        assertThat(backoffs.failed(GONE, turn)).isEqualTo(LONGEST);
        assertThat(pauses(GONE)).isZero();
    }

    private int pauses(TenantId tenant) {
        return platform.queryForObject("select count(*) from platform.relay_backoff where tenant_id = ?",
                Integer.class, tenant.value());
    }
}
