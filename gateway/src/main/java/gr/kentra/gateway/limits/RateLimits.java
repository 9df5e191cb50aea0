package gr.kentra.gateway.limits;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import gr.kentra.commons.tenant.TenantId;
import gr.kentra.gateway.security.Problems;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.http.HttpHeaders;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Token buckets (Bucket4j) per person and per centre, held in memory in bounded LRU maps (Caffeine), so a
 * script flooding the gateway is answered 429 with {@code Retry-After} while everyone else, and every other
 * centre, is served. The filter runs after the membership check: only a centre's own members spend its
 * bucket, so outsiders cannot lock a centre out. Per replica: behind N replicas the effective limits are up
 * to N times the configured ones.
 */
@Component
public class RateLimits {

    private static final Pattern TENANT_PATH = Pattern.compile("^/t/([^/]+)(/.*)?$");
    private static final Pattern PROBES = Pattern.compile("^/(?:actuator/health(?:/.*)?|livez|readyz)$");

    static final String REFUSALS = "kentra.ratelimit.refusals";

    private final boolean enabled;
    private final LoadingCache<String, Bucket> users;
    private final LoadingCache<String, Bucket> centres;
    private final LoadingCache<String, Bucket> addresses;
    private final Counter refusedPerUser;
    private final Counter refusedPerCentre;
    private final Counter refusedPerAddress;

    RateLimits(LimitProperties limits, MeterRegistry meters) {
        // Tagged by which limit refused, not by person or centre: the per-centre view is http.server.requests{status="429"}.
        this.refusedPerUser = Counter.builder(REFUSALS).tag("limit", "user")
                .description("Requests refused with 429 by a rate limit").register(meters);
        this.refusedPerCentre = Counter.builder(REFUSALS).tag("limit", "centre")
                .description("Requests refused with 429 by a rate limit").register(meters);
        this.refusedPerAddress = Counter.builder(REFUSALS).tag("limit", "address")
                .description("Requests refused with 429 by a rate limit").register(meters);
        this.enabled = limits.enabled();
        this.users = buckets(limits, limits.perUser());
        this.centres = buckets(limits, limits.perCentre());
        this.addresses = buckets(limits, limits.anonymous());
    }

    /**
     * The filter to place after the security context is loaded from the session and before any login or
     * authentication filter: a request with neither a signed-in session nor an {@code Authorization} header
     * (the login's start and return, a page or an API call without a token) spends its client address's bucket.
     * Health probes never do.
     */
    public WebFilter anonymousFilter() {
        return this::filterAnonymous;
    }

    /**
     * For a request whose credentials failed (a bearer token that is not valid): spends its address's bucket
     * and returns the whole seconds to wait when it is empty, else 0. A request without an
     * {@code Authorization} header has spent it already in {@link #anonymousFilter()}.
     */
    public long waitForFailedCredentials(ServerWebExchange exchange) {
        if (!enabled || !exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
            return 0;
        }
        return waitForAddress(exchange);
    }

    private Mono<Void> filterAnonymous(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (!enabled || exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)
                || PROBES.matcher(path).matches()) {
            return chain.filter(exchange);
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .flatMap(authentication -> Mono.justOrEmpty(subject(authentication)))
                .map(signedIn -> 0L)
                .switchIfEmpty(Mono.fromSupplier(() -> waitForAddress(exchange)))
                .flatMap(wait -> wait > 0 ? Problems.tooManyRequests(exchange, wait) : chain.filter(exchange));
    }

    private long waitForAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        String address = remote == null || remote.getAddress() == null ? "unknown"
                : remote.getAddress().getHostAddress();
        ConsumptionProbe probe = addresses.get(address).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        refusedPerAddress.increment();
        return seconds(probe);
    }

    /** The filter to place after authentication and the membership check. */
    public WebFilter filter() {
        return this::filter;
    }

    private Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!enabled) {
            return chain.filter(exchange);
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .flatMap(authentication -> Mono.justOrEmpty(subject(authentication)))
                .map(user -> waitFor(exchange, user))
                .defaultIfEmpty(0L)
                .flatMap(wait -> wait > 0 ? Problems.tooManyRequests(exchange, wait) : chain.filter(exchange));
    }

    /** Whole seconds until the refused request would pass, or 0 when it passes now (and is counted). */
    private long waitFor(ServerWebExchange exchange, String user) {
        ConsumptionProbe byUser = users.get(user).tryConsumeAndReturnRemaining(1);
        if (!byUser.isConsumed()) {
            refusedPerUser.increment();
            return seconds(byUser);
        }
        Matcher tenant = TENANT_PATH.matcher(exchange.getRequest().getPath().pathWithinApplication().value());
        if (tenant.matches() && TenantId.isValid(tenant.group(1))) {
            ConsumptionProbe byCentre = centres.get(tenant.group(1)).tryConsumeAndReturnRemaining(1);
            if (!byCentre.isConsumed()) {
                refusedPerCentre.increment();
                return seconds(byCentre);
            }
        }
        return 0;
    }

    private static long seconds(ConsumptionProbe probe) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
    }

    private static Optional<String> subject(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (authentication instanceof JwtAuthenticationToken) {
            // The gateway's JWT authentications are named by the token's subject claim, read once per verified
            // token (CachingJwtAuthenticationConverter), as Spring's own constructor names them: the same value as
            // the claim, absent when the token has no subject, without reading the claim again per request.
            return Optional.ofNullable(authentication.getName());
        }
        if (authentication.getPrincipal() instanceof OidcUser user && user.getSubject() != null) {
            return Optional.of(user.getSubject());
        }
        return Optional.ofNullable(authentication.getName());
    }

    private static LoadingCache<String, Bucket> buckets(LimitProperties limits, LimitProperties.Rate rate) {
        return Caffeine.newBuilder()
                .maximumSize(limits.trackedKeys())
                .expireAfterAccess(limits.idleExpiry())
                .build(key -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(rate.burst()).refillGreedy(rate.perSecond(), Duration.ofSeconds(1)))
                        .build());
    }
}
