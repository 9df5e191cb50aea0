package gr.kentra.reporting.indicator.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import gr.kentra.reporting.ReportingIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A linked table is brought up to date off the request thread once per wave of asking, not once per request. */
class LinkedRefreshTest extends ReportingIntegrationTest {

    private static final String KEY = "GEN06+GEN13@test";

    @Autowired
    LinkedRefresh refresh;

    @Test
    void askedAgainWhileRunningItRunsOnceMoreAfterNotOncePerAsking() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        Runnable job = () -> {
            runs.incrementAndGet();
            started.countDown();
            try {
                assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        refresh.ask(KEY, job);
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 10; i++) {
            refresh.ask(KEY, job); // ten requests meeting the older pair while it is protected anew
        }
        release.countDown();

        await().atMost(Duration.ofSeconds(30)).until(refresh::idle);
        assertThat(runs).hasValue(2);
    }

    @Test
    void aFailedRunLeavesTheNextRequestToAskAgain() {
        refresh.ask(KEY, () -> {
            throw new IllegalStateException("lock timeout: a rebuild is truncating");
        });
        await().atMost(Duration.ofSeconds(30)).until(refresh::idle);

        AtomicInteger runs = new AtomicInteger();
        refresh.ask(KEY, runs::incrementAndGet);
        await().atMost(Duration.ofSeconds(30)).until(() -> runs.get() == 1 && refresh.idle());
    }
}
