package gr.kentra.reporting.aggregate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times each statement of a rebuild and logs it, so that a slow rebuild says which step to look at (the
 * rebuild's answer carries the same figures).
 */
final class RebuildSteps {

    private static final Logger LOG = LoggerFactory.getLogger(RebuildSteps.class);

    private final Map<String, Long> millis = new LinkedHashMap<>();

    /** Runs one step and returns its row count. */
    int run(String step, IntSupplier statement) {
        long started = System.nanoTime();
        int rows = statement.getAsInt();
        long took = (System.nanoTime() - started) / 1_000_000;
        millis.merge(step, took, Long::sum);
        LOG.info("aggregate rebuild: {} took {} ms ({} rows)", step, took, rows);
        return rows;
    }

    void run(String step, Runnable statement) {
        run(step, () -> {
            statement.run();
            return 0;
        });
    }

    Map<String, Long> millis() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(millis));
    }
}
