package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.handler.RoutePredicateHandlerMapping;
import org.springframework.web.reactive.DispatcherHandler;
import org.springframework.web.reactive.HandlerMapping;

/**
 * The gateway's routes are the first handler mapping asked, so a centre's request is not first matched against the
 * actuator's, the API docs' and the landing pages' mappings; those still answer their own paths, which no route takes.
 */
class GatewayHandlerOrderTest extends GatewayTest {

    @Autowired
    private DispatcherHandler dispatcher;

    @Test
    void theRoutesAreAskedBeforeEveryOtherMapping() {
        List<HandlerMapping> mappings = dispatcher.getHandlerMappings();

        assertThat(mappings).isNotNull().hasSizeGreaterThan(1);
        assertThat(mappings.getFirst()).isInstanceOf(RoutePredicateHandlerMapping.class);
    }

    @Test
    void theOtherMappingsStillAnswerTheirOwnPaths() {
        assertThat(body(get("/actuator/health", null).expectStatus().isOk())).contains("UP");
        get("/livez", null).expectStatus().isOk();
        assertThat(body(get("/v3/api-docs/swagger-config", null).expectStatus().isOk()))
                .contains("/docs/case-service/v3/api-docs");
        get("/", TOKENS.member("moschato-tavros")).expectStatus().isSeeOther();
        get("/t/moschato-tavros/api/beneficiaries", TOKENS.member("moschato-tavros")).expectStatus().isOk();
        assertThat(CASES.last().path()).isEqualTo("/api/beneficiaries");
    }
}
