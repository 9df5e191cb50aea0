package gr.kentra.tenants.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import gr.kentra.tenants.lifecycle.LifecycleProblems.Coded;
import org.springframework.http.HttpStatus;

/** Refusals of a retention decision on a centre's export; each 409 names the centre and says why. */
final class ExportRetentionProblems {

    private static final String REFUSED = "problem.exportRetention.refused.title";

    private ExportRetentionProblems() {
    }

    static Coded notArchived(String centre, Object status) {
        return new Coded(HttpStatus.CONFLICT, REFUSED, "problem.exportRetention.notArchived", centre, status)
                .with("reason", "NOT_ARCHIVED").with("centre", centre).with("status", status);
    }

    static Coded nothingHeld(String centre) {
        return new Coded(HttpStatus.CONFLICT, REFUSED, "problem.exportRetention.nothingHeld", centre)
                .with("reason", "NO_EXPORT").with("centre", centre);
    }

    static Coded notDue(String centre, Instant dueFrom) {
        return new Coded(HttpStatus.CONFLICT, REFUSED, "problem.exportRetention.notDue", centre, dueFrom.toString())
                .with("reason", "NOT_DUE").with("centre", centre).with("dueFrom", dueFrom);
    }

    static Coded schemaHeld(String centre) {
        return new Coded(HttpStatus.CONFLICT, REFUSED, "problem.exportRetention.schemaHeld", centre)
                .with("reason", "SCHEMA_HELD").with("centre", centre);
    }

    static Coded incomplete(String centre) {
        return new Coded(HttpStatus.BAD_GATEWAY, "problem.exportRetention.incomplete.title",
                "problem.exportRetention.incomplete", centre).with("centre", centre);
    }

    /** 400 like a validation error, the field messages already in the request's language. */
    static Coded invalid(List<Map<String, String>> errors) {
        return new Coded(HttpStatus.BAD_REQUEST, "problem.validation.title", "problem.validation.detail")
                .with("errors", errors);
    }
}
