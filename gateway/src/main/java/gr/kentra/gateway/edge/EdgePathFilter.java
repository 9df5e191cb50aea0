package gr.kentra.gateway.edge;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import gr.kentra.gateway.security.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Makes every later decision (routes, the membership and lifecycle checks, the security rules) see one path:
 * the raw path is the decoded path wherever a decision is taken. Route predicates match the decoded path
 * while filters read the raw one, so {@code /%74/{centre}/api/…} once reached case-service without the
 * centre check. Refused with a 400 problem, before any security or routing:
 * <ul>
 * <li>a percent-encoded unreserved character anywhere ({@code %74} for {@code t}: RFC 3986 §6.2.2.2 says
 * such a path is not normalised; no honest client sends one);</li>
 * <li>any percent sign in the routing segments: the first segment, and for {@code /t/…} the centre and the
 * segment after it.</li>
 * </ul>
 * Spring Security's firewall (after this) refuses the rest: {@code %2e}, {@code %2f}, {@code %25}, {@code ;},
 * {@code //}, {@code ..}. Also answers 404 for anything named {@code internal} or {@code actuator} (the
 * services' own endpoints, never meant for the outside), except the gateway's health for probes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class EdgePathFilter implements WebFilter {

    private static final Pattern ENCODED_UNRESERVED = Pattern.compile("%(?:[46][1-9A-Fa-f]|[57][0-9Aa]|3[0-9]|2[Dd]|2[Ee]|5[Ff]|7[Ee])");
    private static final List<String> PRIVATE_SEGMENTS = List.of("internal", "actuator");

    private final ManagementPort management;

    EdgePathFilter(ManagementPort management) {
        this.management = management;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (management.isManagementRequest(exchange)) {
            return chain.filter(exchange);
        }
        String raw = exchange.getRequest().getURI().getRawPath();
        if (raw == null || !isPlain(raw)) {
            return Problems.malformed(exchange);
        }
        if (isPrivate(raw)) {
            return Problems.notFound(exchange);
        }
        return chain.filter(exchange);
    }

    static boolean isPlain(String raw) {
        if (ENCODED_UNRESERVED.matcher(raw).find()) {
            return false;
        }
        String[] segments = raw.split("/", -1);
        int routing = segments.length > 1 && segments[1].equals("t") ? 4 : 2;
        for (int i = 1; i < Math.min(routing, segments.length); i++) {
            if (segments[i].indexOf('%') >= 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isPrivate(String raw) {
        if (raw.equals("/actuator/health") || raw.startsWith("/actuator/health/")) {
            return false;
        }
        for (String segment : raw.split("/")) {
            if (PRIVATE_SEGMENTS.contains(segment.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
