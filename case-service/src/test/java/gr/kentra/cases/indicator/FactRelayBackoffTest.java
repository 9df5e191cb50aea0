package gr.kentra.cases.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class FactRelayBackoffTest {

    @Test
    void aCentreHeldBackThroughALongReportingOutageTriesAgainWithinFourSeconds() {
        Duration wait = Duration.ofSeconds(1);
        for (int failure = 0; failure < 100; failure++) {
            wait = FactRelay.nextBackoff(wait);
        }
        assertThat(wait).isEqualTo(Duration.ofSeconds(4));
        assertThat(FactRelay.nextBackoff(Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(2));
        assertThat(FactRelay.nextBackoff(Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(4));
    }
}
