package gr.kentra.gateway.edge;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Whether a request came in on the management port ({@code management.server.port}, when set apart from the
 * public port): there, on a private interface, Prometheus may scrape without a token. Without a separate
 * port every request is a public one and only health is served.
 */
@Component
public class ManagementPort {

    private final Integer port;

    ManagementPort(Environment environment) {
        this.port = environment.getProperty("management.server.port", Integer.class);
    }

    public boolean isManagementRequest(ServerWebExchange exchange) {
        if (port == null || port <= 0 || exchange.getRequest().getLocalAddress() == null) {
            return false;
        }
        return exchange.getRequest().getLocalAddress().getPort() == port;
    }
}
