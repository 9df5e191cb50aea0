package gr.kentra.commons.web.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refusal thrown from anywhere below a controller: its title and detail are message codes, resolved in the
 * request's language by {@link gr.kentra.commons.web.input.InputProblemAdvice} (Spring's {@code ErrorResponse}
 * handling), its extra members set with {@link #with}.
 */
public class CodedProblem extends ErrorResponseException {

    private final String titleCode;

    /** With arguments for the detail message ({@code {0}}, {@code {1}}, …). */
    public CodedProblem(HttpStatus status, String titleCode, String detailCode, Object... detailArguments) {
        super(status, ProblemDetail.forStatus(status), null, detailCode, detailArguments);
        this.titleCode = titleCode;
    }

    @Override
    public String getTitleMessageCode() {
        return titleCode;
    }

    /** Adds a member to the problem ({@code currentVersion}, {@code reason}, …). */
    public CodedProblem with(String property, Object value) {
        getBody().setProperty(property, value);
        return this;
    }
}
