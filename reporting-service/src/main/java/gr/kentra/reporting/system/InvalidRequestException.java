package gr.kentra.reporting.system;

import java.util.List;

/**
 * A request a person or a client got wrong: one or more fields, each with a message code of the bundles
 * ({@code messages_*.properties}) and its arguments. Becomes a 400 problem with field errors.
 */
public class InvalidRequestException extends RuntimeException {

    /** One field's error; {@code field} is a JSON path such as {@code facts[3].pseudonym}. */
    public record FieldProblem(String field, String code, Object... args) {
    }

    private final transient List<FieldProblem> problems;

    public InvalidRequestException(List<FieldProblem> problems) {
        super("invalid request: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public static InvalidRequestException of(String field, String code, Object... args) {
        return new InvalidRequestException(List.of(new FieldProblem(field, code, args)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
