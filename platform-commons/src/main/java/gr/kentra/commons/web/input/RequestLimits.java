package gr.kentra.commons.web.input;

import gr.kentra.commons.web.problem.Problems;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;

/**
 * What a servlet service imports (beside {@link StrictInput}) to refuse a large body:
 * {@code kentra.limits.max-request-size} (default 2MB): a larger request body is refused with a 413 problem before
 * anything parses it, also when it arrives without a length (the gateway has its own limit in front). The service's
 * message bundles hold {@code problem.payloadTooLarge} and {@code problem.payloadTooLarge.title}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestLimits.LimitsProperties.class)
public class RequestLimits {

    @ConfigurationProperties("kentra.limits")
    record LimitsProperties(@DefaultValue("2MB") DataSize maxRequestSize) {
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimit(LimitsProperties limits, Problems problems) {
        RequestSizeLimitFilter filter = new RequestSizeLimitFilter(limits.maxRequestSize().toBytes(),
                (request, response, maxBytes) -> {
                    ProblemDetail problem = problems.titled(HttpStatus.CONTENT_TOO_LARGE,
                            "problem.payloadTooLarge.title", "problem.payloadTooLarge", problems.localeOf(request),
                            readable(maxBytes));
                    problem.setProperty("maxBytes", maxBytes);
                    problems.write(response, problem);
                });
        FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(filter);
        // Before security and everything that might read the body.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    static String readable(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB"
                : bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
    }
}
