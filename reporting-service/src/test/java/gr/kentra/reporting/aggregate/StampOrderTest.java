package gr.kentra.reporting.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import gr.kentra.reporting.ReportingIntegrationTest;
import gr.kentra.reporting.TestFact;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stamps are committed in the order they are drawn, so a cache comparing the newest stamp of a period never
 * misses a batch that drew an older stamp but committed later.
 */
class StampOrderTest extends ReportingIntegrationTest {

    @Autowired
    Aggregates aggregates;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aBatchStampingWhileAnEarlierOneIsUncommittedWaitsForItsCommit() throws Exception {
        emptyStore();
        // Two known centres, so that the batches below share no row at all: only the stamping order can
        // make the second wait.
        deliver(TestFact.json(List.of(TestFact.of("EVENT_HELD").with("month", "2025-01"),
                TestFact.of("EVENT_HELD").centre("elefsina", "attica").with("month", "2025-01"))));
        TransactionTemplate tx = new TransactionTemplate(transactions);
        CountDownLatch firstStamped = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> tx.executeWithoutResult(status -> {
                add("moschato-tavros", "2026-03");
                firstStamped.countDown();
                awaitQuietly(commitFirst);
            }));
            assertThat(firstStamped.await(10, TimeUnit.SECONDS)).isTrue();
            Future<?> second = pool.submit(() -> tx.executeWithoutResult(status -> add("elefsina", "2026-04")));

            await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(5)).until(() -> !second.isDone());

            commitFirst.countDown();
            first.get(10, TimeUnit.SECONDS);
            second.get(10, TimeUnit.SECONDS);
        } finally {
            commitFirst.countDown();
            pool.shutdownNow();
        }
        assertThat(stamp("2026-04")).isGreaterThan(stamp("2026-03"));
    }

    private void add(String tenant, String month) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into indicator_fact (fact_id, tenant_id, region_code, period_month, fact_type, quantity, flags)
                values (?, ?, 'attica', ?, 'EVENT_HELD', 20, 0)""", id, tenant, month);
        aggregates.add(List.of(id));
    }

    private long stamp(String month) {
        return jdbc.queryForObject("select stamp from month_stamp where period_month = ? and fact_type = 'EVENT_HELD'",
                Long.class, month);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
