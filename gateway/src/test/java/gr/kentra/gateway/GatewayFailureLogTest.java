package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A request that fails at the gateway itself (a 5xx problem) leaves one WARN line that carries the request's
 * trace id (issue 16: the id the caller got as X-Request-Id and case-service's lines carry), although Reactor
 * restores the trace's thread-locals only inside its own operators (spring.reactor.context-propagation: limited).
 */
@ExtendWith(OutputCaptureExtension.class)
class GatewayFailureLogTest extends GatewayTest {

    @Test
    void logsAFailureAtTheGatewayWithTheTraceIdTheCallerWasGiven(CapturedOutput output) {
        CASES.cutConnections();

        String traceId = get("/t/moschato-tavros/api/beneficiaries", TOKENS.member("moschato-tavros"))
                .expectStatus().is5xxServerError()
                .returnResult(Void.class).getResponseHeaders().getFirst("X-Request-Id");

        assertThat(traceId).matches("[0-9a-f]{32}");
        assertThat(output.getOut().lines().filter(line -> line.contains("failed at the gateway with")).toList())
                .singleElement().asString().contains(traceId, "GET /t/moschato-tavros/api/beneficiaries");
    }
}
