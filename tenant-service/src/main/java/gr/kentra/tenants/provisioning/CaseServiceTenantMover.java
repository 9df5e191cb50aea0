package gr.kentra.tenants.provisioning;

import java.time.Duration;
import java.util.Map;

import gr.kentra.commons.tenant.TenantId;
import gr.kentra.tenants.placement.PlacementProperties;
import gr.kentra.tenants.placement.TenantMover;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Asks case-service to move a centre's schema to another cell, as this service (client credentials, like
 * provisioning). The call is synchronous and may take as long as the copy, hence its own read timeout.
 */
@Component
class CaseServiceTenantMover implements TenantMover {

    private static final ParameterizedTypeReference<Map<String, Object>> REPORT = new ParameterizedTypeReference<>() {
    };

    private final RestClient caseService;

    CaseServiceTenantMover(CaseServiceProperties properties, PlacementProperties placement,
            OAuth2AuthorizedClientManager clients, RestClient.Builder builder) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(5));
        requests.setReadTimeout(placement.moveTimeout());
        this.caseService = builder.baseUrl(properties.url().toString())
                .requestFactory(requests)
                .requestInterceptor(ServiceTokens.interceptor(clients))
                .build();
    }

    @Override
    public Map<String, Object> move(TenantId tenant, String cell) {
        try {
            return caseService.post().uri("/internal/tenants/{tenant}/move", tenant.value())
                    .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                    .body(Map.of("cell", cell))
                    .retrieve().body(REPORT);
        } catch (RestClientResponseException e) {
            throw new MoveFailed(e.getStatusCode().value(), detailOf(e), e);
        } catch (RestClientException e) {
            throw new MoveFailed(0, "case-service could not be reached: " + e.getMessage(), e);
        }
    }

    /** case-service answers problems; their detail says what happened (never personal data: a centre's cells). */
    private static String detailOf(RestClientResponseException e) {
        try {
            ProblemDetail problem = e.getResponseBodyAs(ProblemDetail.class);
            if (problem != null && problem.getDetail() != null) {
                return problem.getDetail();
            }
        } catch (RuntimeException unreadable) {
            // Not a problem document: the status line is all there is.
        }
        return e.getStatusText();
    }
}
