package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import gr.kentra.commons.bench.LoadDriver;
import gr.kentra.commons.bench.ThreadCpu;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.DispatcherHandler;
import org.springframework.web.server.WebFilter;

/**
 * The gateway's own CPU per relayed record read, in-process: 8 clients read through the real gateway (security chain,
 * membership, limits, routing, the relay) from a stand-in case-service; the CPU counted is that of the gateway's
 * threads only (Reactor Netty's event loops, Reactor's parallel and bounded-elastic schedulers, the spans' exporter), not the clients' or
 * the stand-in's, so the figure holds better on a busy machine than a platform run's throughput. Not part of
 * {@code verify}:
 * <pre>
 * ./mvnw -pl gateway -am test -Dkentra.excluded-test-groups=none -Dtest=GatewayReadBenchmark \
 *   -Dsurefire.failIfNoSpecifiedTests=false [-Dkentra.bench.warmup-seconds=20 -Dkentra.bench.seconds=15 -Dkentra.bench.rounds=3]
 * </pre>
 * Session 18's set-up before its changes, for a side-by-side run: {@code -Dkentra.bench.before=true} (a filter opens
 * the exchange's web session before the chain, as Spring Security's request cache did for every call)
 * {@code -Dorg.apache.commons.logging.LogFactory=org.apache.commons.logging.impl.Slf4jLogFactory} (Commons Logging's
 * own binding) {@code -Dspring.cloud.gateway.server.webflux.handler-mapping.order=1} (the routes after the other
 * mappings). The run prints which set-up it measured. The rate limits are raised (documented settings), not off.
 * The token and the stand-in's answer have a real read's size and headers, closer to the platform's reads
 * (session 18's small exchange with {@code -Dkentra.bench.small-exchange=true}). Session 18's figure was a quarter
 * of the platform's because it missed the server's event loops (see below), not because of the exchange's size.
 */
@Tag("benchmark")
class GatewayReadBenchmark extends GatewayTest {

    private static final int CLIENTS = 8;
    private static final int WARM_UP = Integer.getInteger("kentra.bench.warmup-seconds", 20);
    private static final int SECONDS = Integer.getInteger("kentra.bench.seconds", 15);
    private static final int ROUNDS = Integer.getInteger("kentra.bench.rounds", 3);
    private static final boolean BEFORE = Boolean.getBoolean("kentra.bench.before");
    private static final boolean SMALL = Boolean.getBoolean("kentra.bench.small-exchange");
    /** A record as case-service answers it (BeneficiaryView, made-up person), with Spring MVC's answer headers. */
    private static final String RECORD = """
            {"id":"4f2b8c1e-7d3a-4e6b-9c1f-2a3b4c5d6e7f","firstName":"Ελένη","lastName":"Κωνσταντινίδου",\
            "latinFirstName":"ELENI","latinLastName":"KONSTANTINIDOU","dateOfBirth":"1958-03-14","gender":"FEMALE",\
            "amka":"14035812345","afm":"123456789","status":"ACTIVE","citizenship":"GR","idDocumentNumber":"ΑΚ123456",\
            "phone":"2109412345","email":null,"address":"Πλαστήρα 12, 18344 Μοσχάτο",\
            "consent":{"given":true,"givenAt":"2026-11-02T09:14:00Z","purposes":["CASEWORK","REFERRALS"]},\
            "processingBasis":"LEGAL_OBLIGATION","registeredAt":"2026-11-02T09:12:31.482Z",\
            "registeredBy":"5d3c1f0e-8a47-4b6e-9d2a-7f1c3e5b9a04","version":3}""";
    private static final Map<String, String> MVC_HEADERS = Map.of(
            "Vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers",
            "Cache-Control", "no-cache, no-store, max-age=0, must-revalidate", "Pragma", "no-cache", "Expires", "0",
            "X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY", "X-XSS-Protection", "0",
            "Content-Language", "el", "Date", "Mon, 07 Dec 2026 21:00:00 GMT");
    /**
     * The gateway's thread groups, by the kernel's names (Java's cut to 15 characters, ThreadCpu): its server's
     * event loops ("webflux-http-" in this test, "reactor-http-" in the packaged gateway), its relay client's
     * ("reactor-http-"), Reactor's schedulers, the spans' exporter. Until session 19 the server's loops were missing
     * from this list, so the figure held the relay's and the schedulers' CPU only, about a quarter of the whole.
     */
    private static final List<String> GATEWAY_THREADS = List.of("webflux-http-", "reactor-http-", "parallel",
            "boundedElastic", "BatchSpanProces");

    @TestConfiguration
    static class SessionPerCall {

        /** Only with kentra.bench.before: what the request cache did before SessionRequestCache. */
        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        WebFilter sessionPerCall() {
            return (exchange, chain) -> BEFORE ? exchange.getSession().then(chain.filter(exchange))
                    : chain.filter(exchange);
        }
    }

    @Autowired
    private DispatcherHandler dispatcher;

    /** The rate limits raised through their documented settings, as the platform benchmark raises them. */
    @DynamicPropertySource
    static void raisedLimits(DynamicPropertyRegistry registry) {
        for (String limit : List.of("per-user", "per-centre")) {
            registry.add("kentra.limits." + limit + ".per-second", () -> "1000000");
            registry.add("kentra.limits." + limit + ".burst", () -> "1000000");
        }
    }

    @Test
    void measuresTheGatewaysCpuPerRelayedRead() throws Exception {
        // By default the token and the answer are of a real read's size and shape (a Keycloak token, a record and
        // Spring MVC's headers), as the platform's reads are. The earlier small exchange (a 661-character token, a
        // 26-byte answer with one header) with kentra.bench.small-exchange.
        String token = SMALL ? TOKENS.member("moschato-tavros") : TOKENS.keycloakSized("moschato-tavros");
        if (!SMALL) {
            CASES.answerWith(RECORD, MVC_HEADERS);
        }
        URI uri = URI.create("http://localhost:" + port + "/t/moschato-tavros/api/beneficiaries/4f2b8c1e");
        HttpRequest read = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build();
        System.out.printf("BENCH gateway set-up: %s; %s; log factory %s; first handler mapping %s%n",
                BEFORE ? "a web session per call (before)" : "no session for bearer calls",
                SMALL ? "small exchange (%d-byte token)".formatted(token.length())
                        : "a real read's size (%d-byte token, %d-byte record)".formatted(token.length(),
                                RECORD.getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                LogFactory.getFactory().getClass().getSimpleName(),
                dispatcher.getHandlerMappings().getFirst().getClass().getSimpleName());

        load(read, WARM_UP);
        long self = ProcessHandle.current().pid();
        for (int round = 1; round <= ROUNDS; round++) {
            ThreadCpu before = ThreadCpu.of(self);
            long requests = load(read, SECONDS);
            Map<String, Double> byGroup = ThreadCpu.of(self).since(before).groups();
            double cpuMillis = byGroup.entrySet().stream().filter(group -> isGateway(group.getKey()))
                    .mapToDouble(Map.Entry::getValue).sum();
            System.out.printf("BENCH gateway read round %d: %.1f µs of gateway CPU per read, %.0f reads/s (%d reads,"
                    + " %d clients, %d s)%n", round, cpuMillis * 1e3 / requests, requests / (double) SECONDS,
                    requests, CLIENTS, SECONDS);
            // Every thread group's share, so that a gateway thread missing from the list shows (as it did).
            StringBuilder groups = new StringBuilder();
            byGroup.forEach((group, millis) -> {
                if (millis * 1e3 / requests >= 1) {
                    groups.append("%s%s %.1f".formatted(groups.isEmpty() ? "" : ", ", group, millis * 1e3 / requests));
                }
            });
            System.out.printf("BENCH   µs per read by thread group (gateway: %s): %s%n", GATEWAY_THREADS, groups);
        }
    }

    /** Reads for the given time from {@value #CLIENTS} clients; every answer must be the stand-in's 200. */
    private static long load(HttpRequest read, int seconds) {
        LoadDriver.Result result = LoadDriver.run("read through the gateway", CLIENTS, Duration.ofSeconds(seconds),
                i -> read);
        assertThat(result.errors()).as(result.firstError()).isZero();
        return result.requests();
    }

    private static boolean isGateway(String group) {
        return GATEWAY_THREADS.stream().anyMatch(group::startsWith);
    }
}
