package gr.kentra.tenants.centre.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The schema step's back-off, on its own (the step itself: {@code centre/SchemaReconcilerTest}). */
class SchemaReconcilerBackoffTest {

    @Test
    void backsOffExponentiallyUpToFifteenSeconds() {
        assertThat(SchemaReconciler.backoff(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SchemaReconciler.backoff(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(SchemaReconciler.backoff(40)).isEqualTo(Duration.ofSeconds(15));
    }
}
