package gr.kentra.gateway.edge;

import gr.kentra.gateway.security.Problems;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Spring Security's firewall ({@code StrictServerWebExchangeFirewall}) refuses {@code ..}, {@code //},
 * {@code %2e}, {@code %2f}, {@code ;}, {@code %25}, TRACE and unknown methods with an empty 400; this gives
 * that refusal the same problem body as the gateway's own path check. The firewall's reason is not echoed.
 */
@Component
class FirewallRejections implements ServerExchangeRejectedHandler {

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return Problems.malformed(exchange);
    }
}
