package gr.kentra.cases.tenancy.lifecycle;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import gr.kentra.commons.tenant.TenantId;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * tenant-service's {@code /internal/centres/**}, called as case-service itself (client credentials of
 * {@code kentra-case-service}, registration {@value #REGISTRATION}), never with a person's token.
 */
public class RegistryClient {

    static final String REGISTRATION = "tenant-service";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Statuses(Map<String, String> unavailable) {
    }

    /** Every centre's display names, by centre id; {@code en} may be missing. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Names(Map<String, Name> names) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Name(String el, String en) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SchemaDeletion(boolean allowed, String reason) {
    }

    private final RestClient registry;

    RegistryClient(RegistryProperties properties, ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientService authorizedClients, RestClient.Builder builder) {
        var clients = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, authorizedClients);
        clients.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
        OAuth2ClientHttpRequestInterceptor tokens = new OAuth2ClientHttpRequestInterceptor(clients);
        tokens.setClientRegistrationIdResolver(request -> REGISTRATION);
        tokens.setPrincipalResolver(request -> new AnonymousAuthenticationToken("case-service", "case-service",
                AuthorityUtils.createAuthorityList("ROLE_SERVICE")));
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.timeout());
        requests.setReadTimeout(properties.timeout());
        this.registry = builder.clone().baseUrl(properties.url().toString())
                .requestFactory(requests)
                .requestInterceptor(tokens)
                .build();
    }

    Statuses statuses() {
        return registry.get().uri("/internal/centres/status").retrieve().body(Statuses.class);
    }

    Names names() {
        return registry.get().uri("/internal/centres/names").retrieve().body(Names.class);
    }

    /** Whether the registry allows the centre's schema to be dropped: ARCHIVED, exported and past retention. */
    SchemaDeletion schemaDeletion(TenantId tenant) {
        return registry.get().uri("/internal/centres/{id}/schema-deletion", tenant.value()).retrieve()
                .body(SchemaDeletion.class);
    }
}
