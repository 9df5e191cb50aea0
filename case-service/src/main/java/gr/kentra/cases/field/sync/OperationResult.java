package gr.kentra.cases.field.sync;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.http.ProblemDetail;

/**
 * The answer to one operation: its outcome, whether it was a replay, the record's id at the centre and its new
 * version (the kit bases its next edit on it), the fields merged, the conflict kept, or the problem that refused it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record OperationResult(UUID opId, Outcome outcome, boolean replayed, UUID id, Long version,
        List<String> mergedFields, UUID conflictId, ProblemDetail problem) {

    static OperationResult refused(UUID opId, ProblemDetail problem) {
        return new OperationResult(opId, Outcome.REFUSED, false, null, null, null, null, problem);
    }
}
