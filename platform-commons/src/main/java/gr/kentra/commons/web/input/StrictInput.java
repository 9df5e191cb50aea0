package gr.kentra.commons.web.input;

import gr.kentra.commons.web.problem.ProblemErrorController;
import gr.kentra.commons.web.problem.ProblemReportValve;
import gr.kentra.commons.web.problem.ProblemReportValveCustomizer;
import gr.kentra.commons.web.problem.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * What a servlet service imports to take input as sent or refuse it (issue 11): strict JSON ({@link StrictJson}),
 * strict UTF-8 bodies ({@link StrictUtf8}), strict query parameters and path variables ({@link StrictParameters}),
 * and {@code /error} as a problem ({@link ProblemErrorController}), as is what Tomcat refuses before any servlet
 * ({@link ProblemReportValve}). The service's own advice extends {@link InputProblemAdvice} to answer the refusals;
 * its message bundles hold the codes listed there.
 */
@Configuration(proxyBeanMethods = false)
@Import({StrictJson.class, StrictParameters.class, ProblemErrorController.class})
public class StrictInput {

    @Bean
    StrictUtf8 strictUtf8() {
        return new StrictUtf8();
    }

    @Bean
    ProblemReportValveCustomizer problemReportValveCustomizer(Problems problems) {
        return new ProblemReportValveCustomizer(problems);
    }
}
