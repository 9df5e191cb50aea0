package gr.kentra.tenants.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages' CSS, script and htmx are served under {@code /admin/}, the only prefix the gateway routes here:
 * {@code /admin/assets/**} from {@code static/admin/}, {@code /admin/webjars/**} from the webjars (htmx's jar,
 * so nothing is fetched from a CDN).
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    /** {@code ?lang=en} or {@code ?lang=el} on any page switches and remembers the language. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor language = new LocaleChangeInterceptor();
        language.setParamName("lang");
        language.setIgnoreInvalidLocale(true);
        registry.addInterceptor(language).addPathPatterns("/admin", "/admin/**");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // kentra.css and chrome.js, the platform's one look, come from platform-commons.
        registry.addResourceHandler("/admin/assets/**")
                .addResourceLocations("classpath:/static/admin/", "classpath:/META-INF/resources/kentra/");
        registry.addResourceHandler("/admin/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/");
    }
}
