package gr.kentra.commons.web.problem;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Installs {@link ProblemReportValve} on the service's Tomcat host. Runs after Spring Boot's own customizer, which
 * adds a plain {@code ErrorReportValve} to the host: that one is replaced.
 */
public class ProblemReportValveCustomizer
        implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final Problems problems;

    public ProblemReportValveCustomizer(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> ProblemReportValve.replaceIn(context.getParent(), problems));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
