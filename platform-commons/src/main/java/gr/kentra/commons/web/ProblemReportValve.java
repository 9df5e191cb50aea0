package gr.kentra.commons.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tomcat's own error page as a problem: what the container refuses before any servlet sees the request (a path
 * whose bytes are not UTF-8, such as {@code %C0%AF}; an encoded {@code /} or NUL in a path) was answered with
 * Tomcat's HTML 400 page, which {@link ProblemErrorController} never gets to answer. In the request's language,
 * without Tomcat's report, version or class names.
 */
public class ProblemReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    public ProblemReportValve(MessageSource messages) {
        this.messages = messages;
        setShowReport(false);
        setShowServerInfo(false);
    }

    /** Puts this valve in place of every {@link ErrorReportValve} the host has, and keeps the host from adding one. */
    public static void replaceIn(Container host, MessageSource messages) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
            }
        }
        host.getPipeline().addValve(new ProblemReportValve(messages));
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
        Locale locale = request.getLocale();
        ObjectNode problem = JSON.createObjectNode();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage("problem.error.title", null, "Request not processed", locale));
        problem.put("status", code);
        problem.put("detail", messages.getMessage("problem.error.detail", null,
                "The request could not be processed.", locale));
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the answer already started: nothing more can be said to this client.
        }
    }
}
