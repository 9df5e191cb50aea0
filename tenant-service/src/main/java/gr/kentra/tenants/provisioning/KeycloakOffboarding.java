package gr.kentra.tenants.provisioning;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import gr.kentra.commons.tenant.TenantId;
import gr.kentra.tenants.lifecycle.OrganizationRemoval;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Removes a deleted centre's Keycloak Organization (alias = tenant id) through the admin REST API, as this service.
 * An Organization that is not there any more counts as removed. The centre's staff accounts stay in the realm
 * (they may work for other centres); without the Organization they no longer carry the centre in their tokens.
 */
@Component
class KeycloakOffboarding implements OrganizationRemoval {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Organization(String id, String alias) {
    }

    private final RestClient keycloak;
    private final String domainSuffix;

    KeycloakOffboarding(KeycloakAdminProperties properties, ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientManager clients, RestClient.Builder builder) {
        ClientRegistration registration = registrations.findByRegistrationId(ServiceTokens.REGISTRATION);
        URI admin = properties.adminUrlOr(registration == null ? null : registration.getProviderDetails().getTokenUri());
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(java.time.Duration.ofSeconds(5));
        requests.setReadTimeout(properties.timeout());
        this.domainSuffix = properties.domainSuffix();
        this.keycloak = builder.clone().baseUrl(admin.toString())
                .requestFactory(requests)
                .requestInterceptor(ServiceTokens.interceptor(clients))
                .build();
    }

    /** Looked for like onboarding does: by the centre's domain (exact), then by its id in the name. */
    @Override
    public void remove(TenantId tenant) {
        try {
            Set<String> ids = new LinkedHashSet<>();
            ids.addAll(search(tenant.value() + "." + domainSuffix, true, tenant));
            ids.addAll(search(tenant.value(), false, tenant));
            ids.forEach(this::delete);
        } catch (RestClientException e) {
            throw new IllegalStateException("Keycloak organization removal: " + e.getMessage(), e);
        }
    }

    private List<String> search(String text, boolean exact, TenantId tenant) {
        List<Organization> found = keycloak.get()
                .uri("/organizations?search={text}&exact={exact}&briefRepresentation=true&max=100", text, exact)
                .retrieve().body(new ParameterizedTypeReference<>() { });
        return found == null ? List.of() : found.stream().filter(o -> tenant.value().equals(o.alias()))
                .map(Organization::id).toList();
    }

    private void delete(String organizationId) {
        try {
            keycloak.delete().uri("/organizations/{id}", organizationId).retrieve().toBodilessEntity();
        } catch (HttpClientErrorException.NotFound alreadyGone) {
            // Removed meanwhile: the goal is reached.
        }
    }
}
