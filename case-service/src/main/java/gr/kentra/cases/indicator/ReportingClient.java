package gr.kentra.cases.indicator;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/** Delivers a batch to reporting-service as case-service itself (client credentials, role fact-publisher). */
class ReportingClient {

    static final String REGISTRATION = "reporting-service";

    private final RestClient reporting;

    ReportingClient(IndicatorProperties properties, OAuth2AuthorizedClientManager clients, RestClient.Builder builder) {
        OAuth2ClientHttpRequestInterceptor tokens = new OAuth2ClientHttpRequestInterceptor(clients);
        tokens.setClientRegistrationIdResolver(request -> REGISTRATION);
        tokens.setPrincipalResolver(request -> new AnonymousAuthenticationToken("case-service", "case-service",
                AuthorityUtils.createAuthorityList("ROLE_SERVICE")));
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(3));
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.reporting = builder.baseUrl(properties.reportingUrl().toString())
                .requestFactory(requests)
                .requestInterceptor(tokens)
                .build();
    }

    /** Throws unless reporting-service stored (or already had) every fact of the batch. */
    void deliver(List<Map<String, Object>> facts) {
        reporting.post().uri("/internal/facts").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("facts", facts)).retrieve().toBodilessEntity();
    }
}
