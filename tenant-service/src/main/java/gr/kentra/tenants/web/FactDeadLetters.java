package gr.kentra.tenants.web;

import java.time.Instant;
import java.util.List;

/**
 * A centre's indicator facts that reporting-service refused, as case-service keeps them aside (its dead letters):
 * how many, and the newest few with reporting's reason, for the centre's page.
 */
public interface FactDeadLetters {

    /** How many of the newest the page shows. */
    int NEWEST = 5;

    /** The centre's dead letters, or {@link Summary#unavailable()} when case-service could not say. */
    Summary of(String centreId);

    record Letter(String id, String reason, Instant refusedAt) {
    }

    record Summary(boolean available, int count, List<Letter> newest) {

        public static Summary unavailable() {
            return new Summary(false, 0, List.of());
        }
    }
}
