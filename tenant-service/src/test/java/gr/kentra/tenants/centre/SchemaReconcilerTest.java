package gr.kentra.tenants.centre;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import gr.kentra.tenants.centre.onboarding.OnboardingSteps;
import org.junit.jupiter.api.Test;

class SchemaReconcilerTest extends RegistryTest {

    @Test
    void provisionsEveryPendingSeedCentre() {
        reconciler.reconcile();

        assertThat(provisioner.provisioned())
                .containsExactlyInAnyOrder("moschato-tavros", "elefsina", "nea-smyrni", "mouzaki");
        assertThat(jdbc.queryForList("select distinct schema_status from centre", String.class)).containsExactly("READY");
    }

    @org.springframework.beans.factory.annotation.Autowired
    private io.micrometer.core.instrument.MeterRegistry meters;

    private double steps(String outcome) {
        return meters.get(OnboardingSteps.METRIC).tag("step", "schema").tag("outcome", outcome).counter().count();
    }

    @Test
    void marksAFailureAndCompletesOnALaterTry() {
        double failedBefore = steps("failed");
        double readyBefore = steps("ready");
        provisioner.failWith(new IllegalStateException("connection refused"));
        reconciler.reconcile();
        assertThat(steps("failed") - failedBefore).as("each failed schema step counted").isGreaterThanOrEqualTo(4.0);
        Map<String, Object> failed = jdbc.queryForMap(
                "select schema_status, schema_error, schema_attempts from centre where id = 'elefsina'");
        assertThat(failed).containsEntry("schema_status", "FAILED").containsEntry("schema_error", "connection refused")
                .containsEntry("schema_attempts", 1);

        provisioner.reset();
        reconciler.reconcile();
        assertThat(provisioner.provisioned()).as("not yet due: back-off").isEmpty();

        jdbc.update("update centre set next_attempt_at = now() - interval '1 second'");
        reconciler.reconcile();
        assertThat(provisioner.provisioned()).hasSize(4);
        assertThat(jdbc.queryForObject("select schema_status from centre where id = 'elefsina'", String.class))
                .isEqualTo("READY");
        assertThat(steps("ready") - readyBefore).isGreaterThanOrEqualTo(4.0);
    }

    @Test
    void leavesArchivedCentresAlone() {
        jdbc.update("update centre set status = 'ARCHIVED' where id = 'mouzaki'");
        reconciler.reconcile();
        assertThat(provisioner.provisioned()).doesNotContain("mouzaki");
    }
}
