package gr.kentra.cases.system;

/**
 * A field error found after bean validation (a rule that spans fields or needs the database). Answered by
 * {@link ProblemAdvice} like a validation error: 400 with {@code errors:[{field, message}]}, the message
 * looked up in the bundles under {@code messageCode}.
 */
public class InvalidField extends RuntimeException {

    private final String field;
    private final String messageCode;

    public InvalidField(String field, String messageCode) {
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
