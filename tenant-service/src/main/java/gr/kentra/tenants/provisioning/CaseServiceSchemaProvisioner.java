package gr.kentra.tenants.provisioning;

import gr.kentra.commons.tenant.TenantId;
import gr.kentra.tenants.centre.onboarding.SchemaProvisioner;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Asks case-service, which owns the tenant changelog, to create and migrate a centre's schema. Calls are
 * authenticated as this service (client credentials of {@code kentra-tenant-service}), never as the
 * administrator who clicked, so the schema is made the same way by a request and by the reconciler.
 */
@Component
class CaseServiceSchemaProvisioner implements SchemaProvisioner {

    static final String REGISTRATION = ServiceTokens.REGISTRATION;

    private final RestClient caseService;

    CaseServiceSchemaProvisioner(CaseServiceProperties properties, OAuth2AuthorizedClientManager clients,
            RestClient.Builder builder) {
        OAuth2ClientHttpRequestInterceptor tokens = ServiceTokens.interceptor(clients);
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(java.time.Duration.ofSeconds(5));
        requests.setReadTimeout(properties.timeout());
        this.caseService = builder.baseUrl(properties.url().toString())
                .requestFactory(requests)
                .requestInterceptor(tokens)
                .build();
    }

    @Override
    public void provision(TenantId tenant, String region, String misCode, String cell) {
        caseService.put().uri("/internal/tenants/{tenant}", tenant.value())
                .contentType(MediaType.APPLICATION_JSON)
                .body(new Placement(region, misCode, cell))
                .retrieve().toBodilessEntity();
    }

    /** What case-service stamps on the centre's anonymised facts, and the cell it makes the schema in. */
    record Placement(String region, String operation, String cell) {
    }
}
