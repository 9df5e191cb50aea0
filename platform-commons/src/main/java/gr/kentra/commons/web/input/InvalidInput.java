package gr.kentra.commons.web.input;

/**
 * A field or parameter refused after reading (a rule that spans fields, needs the database, or found a value
 * PostgreSQL cannot keep). Answered by {@link InputProblemAdvice} like a validation error: 400 with
 * {@code errors:[{field, message}]}, the message looked up in the service's bundles under {@code messageCode}.
 */
public class InvalidInput extends RuntimeException {

    private final String field;
    private final String messageCode;

    public InvalidInput(String field, String messageCode) {
        super(field + ": " + messageCode, null, false, false);
        this.field = field;
        this.messageCode = messageCode;
    }

    public String field() {
        return field;
    }

    public String messageCode() {
        return messageCode;
    }
}
