package gr.kentra.cases.indicator;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.client.RestClient;

/** Delivers a batch to reporting-service as case-service itself (client credentials, role fact-publisher). */
class ReportingClient {

    static final String REGISTRATION = "reporting-service";
    /** How long a delivery waits for reporting to accept the connection. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    private final RestClient reporting;
    private final URI address;

    ReportingClient(IndicatorProperties properties, OAuth2AuthorizedClientManager clients, RestClient.Builder builder) {
        OAuth2ClientHttpRequestInterceptor tokens = new OAuth2ClientHttpRequestInterceptor(clients);
        tokens.setClientRegistrationIdResolver(request -> REGISTRATION);
        tokens.setPrincipalResolver(request -> new AnonymousAuthenticationToken("case-service", "case-service",
                AuthorityUtils.createAuthorityList("ROLE_SERVICE")));
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(CONNECT_TIMEOUT);
        requests.setReadTimeout(properties.readTimeout());
        this.address = properties.reportingUrl();
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
     * A delivery that got no answer because this instance could not reach reporting-service, or the token endpoint
     * before it, at all: connection refused, connect timeout, unknown host, no route. It says nothing about the
     * centre whose facts were sent (see {@link LocalBackoff}). A timeout waiting for the answer to a request sent, a
     * connection cut while reading it, or any HTTP answer is not one.
     */
    static final class Unreachable extends RuntimeException {

        Unreachable(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * Throws unless reporting-service answered for every fact: a 400 for the whole batch is a
     * {@link HttpClientErrorException.BadRequest}, another HTTP answer a {@link RestClientResponseException}, no
     * connection at all {@link Unreachable}; all of them failures to try again later, but for the 400.
     */
    Receipt deliver(List<Map<String, Object>> facts, Map<String, CentreName> names) {
        Receipt receipt;
        try {
            receipt = reporting.post().uri("/internal/facts").contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("facts", facts, "names", names)).retrieve().body(Receipt.class);
        } catch (RestClientResponseException answered) {
            throw answered;
        } catch (RuntimeException e) {
            throw notConnected(e) ? new Unreachable(e) : e;
        }
        return receipt == null ? new Receipt(null, null, List.of()) : receipt;
    }

    /**
     * Opens a connection to reporting-service and closes it, sending nothing: {@link Unreachable} when it cannot, as
     * a delivery would be. Lets an instance that could not reach reporting find out whether it does again without
     * holding a centre's facts (locked while a delivery tries) from the instances that reach it.
     */
    void connect() {
        int port = address.getPort() >= 0 ? address.getPort() : "https".equalsIgnoreCase(address.getScheme()) ? 443 : 80;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.getHost(), port), (int) CONNECT_TIMEOUT.toMillis());
        } catch (IOException e) {
            throw new Unreachable(e);
        }
    }

    /**
     * Whether {@code failure} came before any connection was made. A connect timeout and a read timeout are both
     * {@link SocketTimeoutException}s, told apart by the JDK's message only ("Connect timed out"); one not told
     * apart counts as the centre's failure, as every failure did before.
     */
    static boolean notConnected(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof UnknownHostException
                    || cause instanceof SocketTimeoutException timeout && timeout.getMessage() != null
                            && timeout.getMessage().toLowerCase(Locale.ROOT).startsWith("connect timed out")) {
                return true;
            }
        }
        return false;
    }
}
