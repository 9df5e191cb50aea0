package gr.kentra.reporting.dashboard;

import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The platform's one look under {@code /dashboards/}, the only prefix the gateway routes here for pages:
 * {@code /dashboards/assets/**} (kentra.css and chrome.js from platform-commons) and {@code /dashboards/webjars/**}
 * (GOV.UK Frontend's jar; nothing is fetched from a CDN).
 */
@Configuration
class DashboardAssets implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/dashboards/assets/**").addResourceLocations("classpath:/META-INF/resources/kentra/");
        registry.addResourceHandler("/dashboards/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/");
    }

    /** The accessibility statement, shared in words with the other pages of the platform. */
    @Controller
    static class Statement {

        @GetMapping("/dashboards/accessibility")
        String accessibility() {
            return "dashboards/accessibility";
        }
    }
}
