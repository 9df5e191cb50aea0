package gr.kentra.gateway.routing;

import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.ServerWebExchange;

/**
 * The centre's web pages: {@code /t/{tenant}/…} outside {@code /api} reaches case-service unchanged (its page
 * controllers know their full path, so links need no rewriting), with the tenant in the header the membership
 * filter checked and the browser session's token relayed. Ordered after the API route, which it would also match.
 */
@Configuration
class PageRoutes {

    @Bean
    RouteLocator centrePageRoutes(RouteLocatorBuilder routes, RouteProperties services) {
        return routes.routes()
                .route("case-service-pages", route -> route.order(10)
                        .path("/t/{tenant}", "/t/{tenant}/**")
                        .and().not(api -> api.predicate(PageRoutes::namesTheApi))
                        .filters(filter -> filter
                                .filter(CentreRequestFilter.pages())
                                .tokenRelay())
                        .uri(services.caseService()))
                .build();
    }

    /**
     * {@code /t/x/api/…} is the API's route; {@code /t/x/API/…} in any other case is neither the API (its route is
     * lower-case) nor a page: it matches no route (404).
     */
    static boolean namesTheApi(ServerWebExchange exchange) {
        String[] segments = exchange.getRequest().getPath().pathWithinApplication().value().split("/", 5);
        return segments.length > 3 && segments[3].equalsIgnoreCase("api");
    }
}
