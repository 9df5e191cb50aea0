package gr.kentra.cases.indicator;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/** Delivers a batch to reporting-service as case-service itself (client credentials, role fact-publisher). */
class ReportingClient {

    static final String REGISTRATION = "reporting-service";
    /** How long a delivery waits for reporting to accept the connection. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    private final RestClient reporting;

    ReportingClient(IndicatorProperties properties, OAuth2AuthorizedClientManager clients, RestClient.Builder builder) {
        OAuth2ClientHttpRequestInterceptor tokens = new OAuth2ClientHttpRequestInterceptor(clients);
        tokens.setClientRegistrationIdResolver(request -> REGISTRATION);
        tokens.setPrincipalResolver(request -> new AnonymousAuthenticationToken("case-service", "case-service",
                AuthorityUtils.createAuthorityList("ROLE_SERVICE")));
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(CONNECT_TIMEOUT);
        requests.setReadTimeout(properties.readTimeout());
        this.reporting = builder.baseUrl(properties.reportingUrl().toString())
                .requestFactory(requests)
                .requestInterceptor(tokens)
                .build();
    }

    /**
     * Reporting's answer: every fact of the batch not named in {@code refused} is stored (or was already). A
     * reporting-service from before per-fact answers sends no {@code refused}.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Receipt(Integer received, Integer duplicates, List<Refused> refused) {

        List<Refused> refusedFacts() {
            return refused == null ? List.of() : refused;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Refused(int index, String id, List<Map<String, Object>> errors) {
    }

    /** The registry's names of a centre, which reporting shows on its rows instead of the slug ({@code en} may be null). */
    record CentreName(String el, String en) {
    }

    /**
     * Throws unless reporting-service answered for every fact: a 400 for the whole batch is a
     * {@link HttpClientErrorException.BadRequest}, anything else a failure to try again later.
     */
    Receipt deliver(List<Map<String, Object>> facts, Map<String, CentreName> names) {
        Receipt receipt = reporting.post().uri("/internal/facts").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("facts", facts, "names", names)).retrieve().body(Receipt.class);
        return receipt == null ? new Receipt(null, null, List.of()) : receipt;
    }
}
