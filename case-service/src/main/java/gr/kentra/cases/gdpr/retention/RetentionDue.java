package gr.kentra.cases.gdpr.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A person whose record has seen no activity since {@code lastActivity}, longer than the retention period. */
public record RetentionDue(UUID id, String firstName, String lastName, String status, LocalDate registeredOn,
        LocalDate lastActivity, String href) {

    /** One page, oldest activity first; {@code inactiveSince} is the cut-off day that was applied. */
    public record Page(List<RetentionDue> items, int page, int size, long total, int inactiveYears,
            LocalDate inactiveSince) {
    }
}
