package gr.kentra.cases.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import gr.kentra.cases.tenancy.move.MoveProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class FactRelayBackoffTest {

    @Test
    void aCentreHeldBackThroughALongReportingOutageTriesAgainWithinFourSeconds() {
        IndicatorProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("kentra.indicators", IndicatorProperties.class);
        assertThat(defaults.firstBackoff()).isEqualTo(Duration.ofSeconds(1));

        Duration wait = defaults.firstBackoff();
        for (int failure = 0; failure < 100; failure++) {
            wait = FactRelay.nextBackoff(wait, defaults.maxBackoff());
        }
        assertThat(wait).isEqualTo(Duration.ofSeconds(4));
        assertThat(FactRelay.nextBackoff(Duration.ofSeconds(1), defaults.maxBackoff())).isEqualTo(Duration.ofSeconds(2));
        assertThat(FactRelay.nextBackoff(Duration.ofSeconds(2), defaults.maxBackoff())).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void aRoundEndsBeforeAMoveOfItsCentreGivesUpWaitingEvenWhenReportingAnswersEachBatchAtTheLastMoment() {
        Binder defaults = new Binder(new MapConfigurationPropertySource(Map.of()));
        IndicatorProperties relay = defaults.bindOrCreate("kentra.indicators", IndicatorProperties.class);
        MoveProperties move = defaults.bindOrCreate("kentra.tenancy.move", MoveProperties.class);

        assertThat(relay.readTimeout().multipliedBy(relay.roundBatches())).isLessThan(move.drainTimeout());
        assertThat(relay.roundBatches()).as("a round of a few batches, then the centre queues again").isBetween(1, 4);
    }
}
