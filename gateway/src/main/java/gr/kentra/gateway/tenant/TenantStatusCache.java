package gr.kentra.gateway.tenant;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import gr.kentra.commons.tenant.TenantId;
import gr.kentra.gateway.security.KeycloakClientProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.oauth2.client.AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The gateway's copy of which centres are suspended or archived, refreshed from tenant-service every
 * {@code kentra.tenant-status.refresh}, so a status change is enforced within seconds on every replica
 * without a call per request. When tenant-service cannot be reached the last known state is kept (centres
 * known to be active stay open; suspended ones stay refused) and a WARN is logged once per outage.
 * ONBOARDING centres are let through: case-service answers for a tenant without a schema itself, and holding
 * them back would add a refresh interval to a new centre's first login.
 * tenant-service answers service tokens only: the gateway asks with its own client's credentials (client
 * credentials grant), the token kept until shortly before it expires.
 */
@Component
class TenantStatusCache implements CentreAvailability, SmartLifecycle {

    record Report(Map<String, String> unavailable) {
    }

    private static final Logger log = LoggerFactory.getLogger(TenantStatusCache.class);

    private final TenantStatusProperties properties;
    private final WebClient client;
    private final AtomicReference<Map<TenantId, Unavailable>> unavailable = new AtomicReference<>(Map.of());
    private volatile boolean failing;
    private volatile Disposable polling;

    TenantStatusCache(TenantStatusProperties properties, KeycloakClientProperties keycloak) {
        this.properties = properties;
        ServerOAuth2AuthorizedClientExchangeFilterFunction bearer =
                new ServerOAuth2AuthorizedClientExchangeFilterFunction(serviceClient(keycloak));
        bearer.setDefaultClientRegistrationId(SERVICE_REGISTRATION);
        this.client = WebClient.builder().filter(bearer).build();
    }

    private static final String SERVICE_REGISTRATION = "kentra-gateway-service";

    /**
     * The same confidential client as the browser login, with the client credentials grant, in a repository
     * of its own so the login flow never offers it. The manager caches the token per registration until expiry.
     */
    private static ReactiveOAuth2AuthorizedClientManager serviceClient(KeycloakClientProperties keycloak) {
        ClientRegistration registration = ClientRegistration.withRegistrationId(SERVICE_REGISTRATION)
                .clientId(keycloak.clientId())
                .clientSecret(keycloak.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(keycloak.tokenUri())
                .build();
        ReactiveClientRegistrationRepository registrations = new InMemoryReactiveClientRegistrationRepository(registration);
        AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager manager =
                new AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager(registrations,
                        new InMemoryReactiveOAuth2AuthorizedClientService(registrations));
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials().build());
        return manager;
    }

    /** The one client for tenant-service's internal endpoints, with the gateway's service token (the names too). */
    WebClient internalClient() {
        return client;
    }

    @Override
    public Optional<Unavailable> refusal(TenantId tenant) {
        return Optional.ofNullable(unavailable.get().get(tenant));
    }

    Mono<Void> refresh() {
        return client.get().uri(properties.url()).retrieve().bodyToMono(Report.class)
                .timeout(properties.timeout())
                .doOnNext(this::apply)
                .then()
                .onErrorResume(e -> {
                    if (!failing) {
                        log.warn("Centre statuses not refreshed from {}; keeping the last known state: {}",
                                properties.url(), e.toString());
                    }
                    failing = true;
                    return Mono.empty();
                });
    }

    private void apply(Report report) {
        Map<TenantId, Unavailable> next = new HashMap<>();
        if (report.unavailable() != null) {
            report.unavailable().forEach((id, status) -> {
                if (!TenantId.isValid(id)) {
                    return;
                }
                if ("SUSPENDED".equals(status) || "ARCHIVED".equals(status)) {
                    next.put(TenantId.of(id), Unavailable.valueOf(status));
                } else if ("DELETED".equals(status)) {
                    // Access ended with the archive; a token issued before the deletion still names the centre.
                    next.put(TenantId.of(id), Unavailable.ARCHIVED);
                }
            });
        }
        Map<TenantId, Unavailable> previous = unavailable.getAndSet(Map.copyOf(next));
        if (!previous.equals(next)) {
            log.info("Centres refused at the gateway: {}", next);
        }
        if (failing) {
            log.info("Centre statuses refreshed again from {}", properties.url());
            failing = false;
        }
    }

    @Override
    public void start() {
        polling = Flux.interval(java.time.Duration.ZERO, properties.refresh())
                .onBackpressureDrop()
                .concatMap(tick -> refresh(), 1)
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable running = polling;
        if (running != null) {
            running.dispose();
        }
        polling = null;
    }

    @Override
    public boolean isRunning() {
        return polling != null && !polling.isDisposed();
    }
}
