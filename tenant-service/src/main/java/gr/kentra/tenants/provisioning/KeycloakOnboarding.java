package gr.kentra.tenants.provisioning;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import gr.kentra.tenants.centre.onboarding.NewOrganization;
import gr.kentra.tenants.centre.onboarding.OrganizationProvisioner;
import gr.kentra.tenants.centre.registry.FirstCoordinator;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Gives a new centre its Keycloak Organization (alias = tenant id, domain {@code <id>.kentra.local}) and its
 * first coordinator ({@code <id>-coord}, realm role coordinator, member of the Organization, a temporary
 * password that Keycloak makes them change at the first login). Uses the admin REST API with this service's
 * client-credentials token; every step looks before it creates, so a retry after a failure half-way reuses
 * what exists and finishes the rest. A coordinator that already existed keeps its password (none is returned).
 */
@Component
class KeycloakOnboarding implements OrganizationProvisioner {

    private static final java.util.regex.Pattern PROHIBITED_IN_NAMES =
            java.util.regex.Pattern.compile("[^\\p{L}\\p{M}\\p{N} .'\u2013-]");

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Organization(String id, String alias) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record User(String id, String username) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Role(String id, String name) {
    }

    private final RestClient keycloak;
    private final KeycloakAdminProperties properties;
    private final TemporaryPasswords passwords = new TemporaryPasswords();

    KeycloakOnboarding(KeycloakAdminProperties properties, ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientManager clients, RestClient.Builder builder) {
        ClientRegistration registration = registrations.findByRegistrationId(ServiceTokens.REGISTRATION);
        URI admin = properties.adminUrlOr(registration == null ? null : registration.getProviderDetails().getTokenUri());
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(java.time.Duration.ofSeconds(5));
        requests.setReadTimeout(properties.timeout());
        this.properties = properties;
        this.keycloak = builder.clone().baseUrl(admin.toString())
                .requestFactory(requests)
                .requestInterceptor(ServiceTokens.interceptor(clients))
                .build();
    }

    @Override
    public Optional<FirstCoordinator> provision(NewOrganization organization) {
        String organizationId = step("organization", () -> findOrganization(organization)
                .orElseGet(() -> createOrganization(organization)));
        String username = organization.coordinatorUsername();
        FirstCoordinator created = null;
        String userId = step("find coordinator", () -> findUser(username)).orElse(null);
        if (userId == null) {
            String password = passwords.next();
            Optional<String> made = step("create coordinator", () -> createUser(organization, password));
            if (made.isPresent()) {
                created = new FirstCoordinator(username, password);
            }
            userId = made.or(() -> findUser(username))
                    .orElseThrow(() -> new IllegalStateException("Keycloak: coordinator " + username + " vanished"));
        }
        String user = userId;
        step("coordinator role", () -> grantCoordinatorRole(user));
        step("membership", () -> join(organizationId, user));
        return Optional.ofNullable(created);
    }

    /** By alias (the tenant id), never by name: the searches only narrow the list, the alias decides. */
    private Optional<String> findOrganization(NewOrganization organization) {
        return search(domain(organization), true, organization.tenant().value())
                .or(() -> search(organization.tenant().value(), false, organization.tenant().value()));
    }

    private Optional<String> search(String text, boolean exact, String alias) {
        List<Organization> found = keycloak.get()
                .uri("/organizations?search={text}&exact={exact}&briefRepresentation=true&max=100", text, exact)
                .retrieve().body(new ParameterizedTypeReference<>() { });
        return found == null ? Optional.empty()
                : found.stream().filter(o -> alias.equals(o.alias())).map(Organization::id).findFirst();
    }

    private String createOrganization(NewOrganization organization) {
        Map<String, Object> body = Map.of(
                "name", organization.organizationName(),
                "alias", organization.tenant().value(),
                "enabled", true,
                "description", organization.name(),
                "attributes", Map.of("region", List.of(organization.region()),
                        "displayName", List.of(organization.name())),
                "domains", List.of(Map.of("name", domain(organization), "verified", false)));
        try {
            return idFrom(keycloak.post().uri("/organizations").contentType(MediaType.APPLICATION_JSON).body(body)
                    .retrieve().toBodilessEntity());
        } catch (HttpClientErrorException.Conflict | HttpServerErrorException e) {
            // Made meanwhile by another runner (Keycloak answers 409, or 500 when two creations race): done when an
            // Organization with this alias exists now; otherwise the name or domain belongs to another one.
            return findOrganization(organization).orElseThrow(() -> e);
        }
    }

    private Optional<String> findUser(String username) {
        List<User> found = keycloak.get().uri("/users?username={username}&exact=true&briefRepresentation=true", username)
                .retrieve().body(new ParameterizedTypeReference<>() { });
        return found == null ? Optional.empty()
                : found.stream().filter(u -> username.equalsIgnoreCase(u.username())).map(User::id).findFirst();
    }

    /**
     * Keycloak's user profile refuses characters such as brackets, slashes and quotes in person names; a centre's
     * name may hold them ("Κέντρο Κοινότητας (δοκιμαστικό) …"). Keep letters, digits, spaces, dots, hyphens,
     * dashes and apostrophes.
     */
    static String personName(String centreName) {
        String cleaned = PROHIBITED_IN_NAMES.matcher(centreName).replaceAll(" ").replaceAll("\\s+", " ").strip();
        return cleaned.isEmpty() ? "Κέντρο Κοινότητας" : cleaned;
    }

    /** The new account's id, or empty when someone else made it meanwhile (then our password is not its). */
    private Optional<String> createUser(NewOrganization organization, String password) {
        String username = organization.coordinatorUsername();
        Map<String, Object> body = Map.of(
                "username", username,
                "enabled", true,
                "firstName", "Συντονιστής",
                "lastName", personName(organization.name()),
                "email", username + "@" + domain(organization),
                "emailVerified", true,
                "credentials", List.of(Map.of("type", "password", "value", password, "temporary", true)));
        try {
            return Optional.of(idFrom(keycloak.post().uri("/users").contentType(MediaType.APPLICATION_JSON).body(body)
                    .retrieve().toBodilessEntity()));
        } catch (HttpClientErrorException.Conflict e) {
            return Optional.empty();
        } catch (HttpServerErrorException e) {
            // Keycloak's answer to a racing duplicate: someone else's account then, else a real failure.
            if (findUser(username).isPresent()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private Void grantCoordinatorRole(String userId) {
        String role = properties.coordinatorRole();
        List<Role> granted = roles("/users/{id}/role-mappings/realm", userId);
        if (granted.stream().anyMatch(r -> role.equals(r.name()))) {
            return null;
        }
        Role coordinator = roles("/users/{id}/role-mappings/realm/available", userId).stream()
                .filter(r -> role.equals(r.name())).findFirst()
                .orElseThrow(() -> new IllegalStateException("realm role " + role + " is not available"));
        keycloak.post().uri("/users/{id}/role-mappings/realm", userId).contentType(MediaType.APPLICATION_JSON)
                .body(List.of(coordinator)).retrieve().toBodilessEntity();
        return null;
    }

    private List<Role> roles(String path, String userId) {
        List<Role> roles = keycloak.get().uri(path, userId).retrieve().body(new ParameterizedTypeReference<>() { });
        return roles == null ? List.of() : roles;
    }

    private Void join(String organizationId, String userId) {
        try {
            // Keycloak reads the body as the bare user id (what its own admin client sends).
            keycloak.post().uri("/organizations/{id}/members", organizationId).contentType(MediaType.APPLICATION_JSON)
                    .body(userId).retrieve().toBodilessEntity();
        } catch (HttpClientErrorException.Conflict alreadyMember) {
            // Idempotent: a retry after a failure that happened after this step.
        }
        return null;
    }

    private String domain(NewOrganization organization) {
        return organization.tenant().value() + "." + properties.domainSuffix();
    }

    private static String idFrom(ResponseEntity<Void> created) {
        URI location = created.getHeaders().getLocation();
        if (location == null) {
            throw new IllegalStateException("Keycloak answered " + created.getStatusCode() + " without a Location");
        }
        String path = location.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Names the step in the error kept by the registry; the message never contains the password. */
    private static <T> T step(String name, Supplier<T> action) {
        try {
            return action.get();
        } catch (RestClientException e) {
            throw new IllegalStateException("Keycloak " + name + ": " + e.getMessage(), e);
        }
    }
}
