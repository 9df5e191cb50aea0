package gr.kentra.commons.web;

import gr.kentra.commons.web.locale.ChosenLanguageResolver;
import gr.kentra.commons.web.locale.Languages;
import gr.kentra.commons.web.locale.LocaleProperties;
import gr.kentra.commons.web.problem.Problems;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The servlet services' language rules and problem writing, written once: the {@code messages} bundles with
 * Greek as the fallback (never the server's own locale), {@link ChosenLanguageResolver} and {@link Problems}.
 * Before Spring Boot's own, which would otherwise answer in the server's locale. Also the handler lookup that tries
 * a mapping's path first ({@link PathFirstRequestMapping}), asked before the actuator's endpoints
 * ({@link EndpointMappingsLast}).
 */
@AutoConfiguration(beforeName = {"org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(LocaleProperties.class)
public class ServletWebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "messageSource")
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Languages.GREEK);
        return messages;
    }

    @Bean
    @ConditionalOnMissingBean(name = "localeResolver")
    LocaleResolver localeResolver(LocaleProperties properties) {
        return new ChosenLanguageResolver(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    Problems problems(MessageSource messageSource, LocaleResolver localeResolver, JsonMapper json) {
        return new Problems(messageSource, localeResolver, json);
    }

    /** Spring MVC's controllers looked up path first: the same handler for every request, at a fraction of the cost. */
    @Bean
    @ConditionalOnMissingBean(WebMvcRegistrations.class)
    WebMvcRegistrations pathFirstRequestMapping() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new PathFirstRequestMapping();
            }
        };
    }

    /** Static: a post-processor is created before the configuration it is declared in. */
    @Bean
    static EndpointMappingsLast endpointMappingsLast() {
        return new EndpointMappingsLast();
    }
}
