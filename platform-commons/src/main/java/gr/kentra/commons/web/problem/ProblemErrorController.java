package gr.kentra.commons.web.problem;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container forwards to when nothing else answered (an exception no advice handles, an error
 * the container itself raised): a problem in the request's language, never Spring Boot's default error JSON, a
 * stack trace or a class name.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    private final Problems problems;

    ProblemErrorController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request, Locale locale) {
        HttpStatus status = HttpStatus.resolve(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE)
                instanceof Integer code ? code : 500);
        if (status == null || !status.isError()) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        // A filter's database work (a centre's gate, a lock) failed because the database is unreachable: 503.
        if (status == HttpStatus.INTERNAL_SERVER_ERROR
                && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseUnavailable.isCause(failure)) {
            return DatabaseUnavailable.answer(problems, locale);
        }
        return Problems.answer(problems.titled(status, "problem.error.title", "problem.error.detail", locale));
    }
}
