package gr.kentra.cases.tenancy;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** The tenant filter lives in the security chain only, never as a plain servlet filter. */
@Configuration
class TenantFilterConfiguration {

    @Bean
    TenantRequestFilter tenantRequestFilter(TenantContext context, TenantRegistry registry, TenantFreezes freezes,
            MessageSource messages, LocaleResolver locales, JsonMapper json, MoveProperties move) {
        return new TenantRequestFilter(context, registry, freezes,
                new FrozenTenantResponse(messages, locales, json, move.retryAfter().toSeconds()));
    }

    @Bean
    FilterRegistrationBean<TenantRequestFilter> tenantRequestFilterRegistration(TenantRequestFilter filter) {
        FilterRegistrationBean<TenantRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
