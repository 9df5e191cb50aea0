package gr.kentra.tenants.centre.details;

import java.util.List;

/**
 * A partial update whose hours, merged with the stored ones, break a schedule rule (e.g. walk-in hours left
 * outside new opening hours). Answered like any field validation error (see ProblemAdvice).
 */
public class InvalidSchedule extends RuntimeException {

    /** The offending element ({@code walkInHours[0]}) and the message code saying why. */
    public record FieldProblem(String field, String code) {
    }

    private final transient List<FieldProblem> problems;

    public InvalidSchedule(List<Schedules.Violation> violations) {
        super("schedule rules broken: " + violations);
        this.problems = violations.stream().map(v -> new FieldProblem(v.field(), v.code())).toList();
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
