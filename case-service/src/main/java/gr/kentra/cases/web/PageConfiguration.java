package gr.kentra.cases.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * The pages' CSS and script are served under the centre's prefix, the only one the gateway routes here for
 * browsers: {@code /t/{centre}/assets/**} from {@code static/pages/}, {@code /t/{centre}/webjars/**} from the
 * webjars (GOV.UK Frontend, htmx): nothing comes from a CDN. {@code ?lang=en|el} is remembered in a cookie.
 */
@Configuration
class PageConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/t/*/assets/**")
                // kentra.css, the platform's one look, ships in platform-commons for every service's pages.
                .addResourceLocations("classpath:/static/pages/", "classpath:/META-INF/resources/kentra/")
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true).addResolver(new WithoutCentre("assets/")).addResolver(new PathResourceResolver());
        registry.addResourceHandler("/t/*/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePrivate())
                .resourceChain(true).addResolver(new WithoutCentre("webjars/")).addResolver(new PathResourceResolver());
    }

    /**
     * A path pattern with a wildcard segment hands the resolvers everything from that segment on
     * ({@code moschato-tavros/assets/kentra.css}); the file is what follows the marker.
     */
    private static final class WithoutCentre extends AbstractResourceResolver {

        private final String marker;

        WithoutCentre(String marker) {
            this.marker = marker;
        }

        @Override
        protected Resource resolveResourceInternal(HttpServletRequest request, String path,
                List<? extends Resource> locations, ResourceResolverChain chain) {
            int at = path.indexOf(marker);
            return at < 0 ? null : chain.resolveResource(request, path.substring(at + marker.length()), locations);
        }

        @Override
        protected String resolveUrlPathInternal(String path, List<? extends Resource> locations,
                ResourceResolverChain chain) {
            return chain.resolveUrlPath(path, locations);
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String lang = request.getParameter("lang");
                if ("el".equals(lang) || "en".equals(lang)) {
                    response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from("lang", lang).path("/")
                            .httpOnly(true).secure(request.isSecure()).sameSite("Lax")
                            .maxAge(java.time.Duration.ofDays(365)).build().toString());
                }
                return true;
            }
        }).addPathPatterns("/t/**");
    }
}
