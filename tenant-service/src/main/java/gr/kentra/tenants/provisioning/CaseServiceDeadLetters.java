package gr.kentra.tenants.provisioning;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import gr.kentra.commons.tenant.TenantId;
import gr.kentra.tenants.web.FactDeadLetters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * case-service's {@code GET /internal/tenants/{id}/dead-letters}, called as this service (client credentials). The
 * answer is for a page, so it waits a few seconds at most and a failure is shown as "could not be read", never as
 * an error page.
 */
@Component
class CaseServiceDeadLetters implements FactDeadLetters {

    private static final Logger log = LoggerFactory.getLogger(CaseServiceDeadLetters.class);
    private static final Duration PAGE_WAIT = Duration.ofSeconds(5);

    /** One dead letter as case-service lists it; the fact itself is not shown here. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record DeadLetter(String id, String reason, Instant refusedAt) {
    }

    private final RestClient caseService;

    CaseServiceDeadLetters(CaseServiceProperties properties, OAuth2AuthorizedClientManager clients,
            RestClient.Builder builder) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(PAGE_WAIT);
        requests.setReadTimeout(PAGE_WAIT);
        this.caseService = builder.clone().baseUrl(properties.url().toString())
                .requestFactory(requests)
                .requestInterceptor(ServiceTokens.interceptor(clients))
                .build();
    }

    @Override
    public Summary of(String centreId) {
        if (!TenantId.isValid(centreId)) {
            return Summary.unavailable();
        }
        List<DeadLetter> letters;
        try {
            letters = caseService.get().uri("/internal/tenants/{tenant}/dead-letters", centreId)
                    .retrieve().body(new ParameterizedTypeReference<List<DeadLetter>>() { });
        } catch (HttpClientErrorException.NotFound notPlaced) {
            // case-service holds no schema for it (yet, or any more): nothing was refused there.
            return new Summary(true, 0, List.of());
        } catch (RuntimeException e) {
            // Whatever failed (case-service, the token endpoint), the registry's page still shows.
            log.warn("Dead letters of {} not read from case-service: {}", centreId, e.getMessage());
            return Summary.unavailable();
        }
        List<DeadLetter> all = letters == null ? List.of() : letters;
        return new Summary(true, all.size(), all.stream()
                .sorted(Comparator.comparing(DeadLetter::refusedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(NEWEST)
                .map(letter -> new Letter(letter.id(), letter.reason(), letter.refusedAt()))
                .toList());
    }
}
