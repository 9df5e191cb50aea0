package gr.kentra.commons.web.problem;

import java.io.IOException;
import java.util.Locale;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's own error page as a problem: what the container refuses before any servlet sees the request (a path
 * whose bytes are not UTF-8, such as {@code %C0%AF}; an encoded {@code /} or NUL in a path) was answered with
 * Tomcat's HTML 400 page, which {@link ProblemErrorController} never gets to answer. Written by {@link Problems}
 * as every other problem, in the request's language, without Tomcat's report, version or class names.
 */
public class ProblemReportValve extends ErrorReportValve {

    private final Problems problems;

    public ProblemReportValve(Problems problems) {
        this.problems = problems;
        setShowReport(false);
        setShowServerInfo(false);
    }

    /** Puts this valve in place of every {@link ErrorReportValve} the host has, and keeps the host from adding one. */
    public static void replaceIn(Container host, Problems problems) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
            }
        }
        host.getPipeline().addValve(new ProblemReportValve(problems));
        if (host instanceof StandardHost standard) {
            standard.setErrorReportValveClass(ProblemReportValve.class.getName());
        }
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        ProblemDetail problem = problems.titled(HttpStatus.BAD_REQUEST, "problem.error.title",
                "problem.error.detail", localeOf(request));
        problem.setStatus(code); // Tomcat's own status (400, 505, …), which HttpStatus need not name
        try {
            if (response.getReporter() != null) {
                problems.write(response, problem);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the answer already started: nothing more can be said to this client.
        }
    }

    /** The service's language rules; a request too broken for them (parameters that do not parse) is read as sent. */
    private Locale localeOf(Request request) {
        try {
            return problems.localeOf(request);
        } catch (RuntimeException unreadable) {
            return request.getLocale();
        }
    }
}
