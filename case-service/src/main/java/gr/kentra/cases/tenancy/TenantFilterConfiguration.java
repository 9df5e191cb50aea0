package gr.kentra.cases.tenancy;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tenant filter lives in the security chain only, never as a plain servlet filter. */
@Configuration
class TenantFilterConfiguration {

    @Bean
    TenantRequestFilter tenantRequestFilter(TenantContext context, TenantRegistry registry) {
        return new TenantRequestFilter(context, registry);
    }

    @Bean
    FilterRegistrationBean<TenantRequestFilter> tenantRequestFilterRegistration(TenantRequestFilter filter) {
        FilterRegistrationBean<TenantRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
