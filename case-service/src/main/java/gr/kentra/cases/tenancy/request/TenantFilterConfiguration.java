package gr.kentra.cases.tenancy.request;

import gr.kentra.cases.tenancy.CentreNames;
import gr.kentra.cases.tenancy.gate.FrozenTenantResponse;
import gr.kentra.cases.tenancy.gate.TenantFreezes;
import gr.kentra.cases.tenancy.lifecycle.CentreLifecycle;
import gr.kentra.cases.tenancy.move.MoveProperties;
import gr.kentra.cases.tenancy.registry.TenantRegistry;
import gr.kentra.commons.web.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The tenant filter lives in the security chain only, never as a plain servlet filter. */
@Configuration
class TenantFilterConfiguration {

    @Bean
    TenantRequestFilter tenantRequestFilter(TenantContext context, TenantRegistry registry, TenantFreezes freezes,
            Problems problems, MoveProperties move, CentreLifecycle lifecycle, CentreNames names) {
        return new TenantRequestFilter(context, registry, freezes,
                new FrozenTenantResponse(problems, move.retryAfter().toSeconds()), lifecycle,
                new LifecycleRefusals(problems, names), problems);
    }

    /**
     * Puts the filter in the service's security chain ({@code system/security/SecurityConfiguration}), after authorisation,
     * so it runs only for requests that passed it and the token is always there. Spring Security applies every
     * {@code Customizer<HttpSecurity>} bean to the chain it builds; the security configuration need not know tenancy.
     */
    @Bean
    Customizer<HttpSecurity> tenantFilterAfterAuthorisation(TenantRequestFilter filter) {
        return http -> http.addFilterAfter(filter, AuthorizationFilter.class);
    }

    /**
     * The second wall: a request that the handler mapping sends to an {@code /api/**} controller with no tenant
     * held (the filter above was skipped, whatever the reason) is refused rather than served.
     */
    @Bean
    WebMvcConfigurer tenantRequired(TenantContext context, Problems problems) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response,
                            Object handler) throws java.io.IOException {
                        if (context.current().isPresent()) {
                            return true;
                        }
                        TenantRequestFilter.refuse(problems, request, response, HttpStatus.FORBIDDEN,
                                TenantRequestFilter.NOT_A_MEMBER);
                        return false;
                    }
                }).addPathPatterns("/api", "/api/**");
            }
        };
    }

    @Bean
    FilterRegistrationBean<TenantRequestFilter> tenantRequestFilterRegistration(TenantRequestFilter filter) {
        FilterRegistrationBean<TenantRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
