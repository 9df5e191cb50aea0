package gr.kentra.cases.system;

import gr.kentra.commons.web.input.InvalidInput;

/**
 * A field error found after bean validation (a rule that spans fields or needs the database). Answered by
 * {@code api/ProblemAdvice} like a validation error: 400 with {@code errors:[{field, message}]}, the message
 * looked up in the bundles under {@code messageCode}.
 */
public class InvalidField extends InvalidInput {

    public InvalidField(String field, String messageCode) {
        super(field, messageCode);
    }
}
