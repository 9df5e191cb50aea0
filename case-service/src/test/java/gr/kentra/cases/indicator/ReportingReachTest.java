package gr.kentra.cases.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import gr.kentra.cases.CaseServiceIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Which failures of a delivery are the instance's own (reporting not reached at all: no evidence about the centre)
 * and which are the centre's (an answer came, or the request was sent and no answer came in time), on real sockets:
 * a closed port, a port whose accept queue is full (Linux drops the connection request: the connect times out), and
 * the in-test intake answering 503 or holding the batch past the read timeout.
 */
class ReportingReachTest extends CaseServiceIntegrationTest {

    private static final ReportingStandIn reporting = ReportingStandIn.start();

    @Autowired
    private RestClient.Builder restClients;
    @Autowired
    private ClientRegistrationRepository registrations;
    @Autowired
    private OAuth2AuthorizedClientService authorizedClients;

    private final List<AutoCloseable> sockets = new ArrayList<>();

    @AfterAll
    static void stop() {
        reporting.stop();
    }

    @AfterEach
    void closeSockets() throws Exception {
        reporting.reset();
        for (AutoCloseable socket : sockets) {
            socket.close();
        }
        sockets.clear();
    }

    @Test
    void aRefusedConnectionIsTheInstancesOwnFailure() throws Exception {
        ReportingClient client = client(ReportingStandIn.closedAddress());

        assertThatThrownBy(() -> client.deliver(List.of(fact()), Map.of())).isInstanceOf(ReportingClient.Unreachable.class);
        assertThatThrownBy(client::connect).isInstanceOf(ReportingClient.Unreachable.class);
    }

    @Test
    void aConnectTimeoutIsTheInstancesOwnFailure() throws Exception {
        ReportingClient client = client(fullAcceptQueue());

        assertThatThrownBy(() -> client.deliver(List.of(fact()), Map.of()))
                .isInstanceOf(ReportingClient.Unreachable.class).hasRootCauseInstanceOf(SocketTimeoutException.class);
        assertThatThrownBy(client::connect).isInstanceOf(ReportingClient.Unreachable.class);
    }

    @Test
    void anErrorAnswerAndATimeoutWaitingForTheAnswerAreTheCentresFailures() {
        ReportingClient client = client(reporting.baseUrl());
        assertThat(client.deliver(List.of(fact()), Map.of()).received()).isEqualTo(1);
        client.connect();

        reporting.status = 503;
        assertThatThrownBy(() -> client.deliver(List.of(fact()), Map.of()))
                .isInstanceOf(HttpServerErrorException.ServiceUnavailable.class);

        reporting.status = 200;
        reporting.stalledCentres.add("reach");
        assertThatThrownBy(() -> client.deliver(List.of(fact()), Map.of()))
                .isInstanceOf(ResourceAccessException.class)
                .isNotInstanceOf(ReportingClient.Unreachable.class)
                .hasRootCauseInstanceOf(SocketTimeoutException.class);
        assertThat(reporting.stalls("reach")).isOne();
    }

    /** A client as {@link IndicatorConfiguration} builds it, for reporting at {@code url}, answers awaited 500 ms. */
    private ReportingClient client(String url) {
        IndicatorProperties properties = new Binder(new MapConfigurationPropertySource(Map.of(
                "kentra.indicators.reporting-url", url, "kentra.indicators.read-timeout", "500ms")))
                .bindOrCreate("kentra.indicators", IndicatorProperties.class);
        return IndicatorConfiguration.reportingClient(properties, registrations, authorizedClients, restClients.clone());
    }

    private static Map<String, Object> fact() {
        return Map.of("tenant", "reach", "id", UUID.randomUUID().toString(), "month", "2026-12");
    }

    /**
     * An address that listens and accepts nothing, its queue of connections waiting to be accepted full: a further
     * connection request goes unanswered until the connect timeout.
     */
    private String fullAcceptQueue() throws Exception {
        ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        sockets.add(server);
        for (int held = 0; held < 16; held++) {
            Socket socket = new Socket();
            try {
                socket.connect(server.getLocalSocketAddress(), 200);
                sockets.add(socket);
            } catch (SocketTimeoutException full) {
                socket.close();
                return "http://127.0.0.1:" + server.getLocalPort();
            }
        }
        throw new IllegalStateException("the accept queue never filled up");
    }
}
