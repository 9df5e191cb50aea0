package gr.kentra.cases.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.cases.tenancy.registry.ReadinessInMemory;
import gr.kentra.commons.security.CachingJwtDecoder;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The two savings of issue 15 are wired in (their behaviour is tested in platform-commons' CachingJwtDecoderTest
 * against a real Nimbus decoder with this service's validators): a token is verified once per lifetime, and Spring
 * Security's per-filter observations are off while the request's own observation stays.
 */
class RequestPathCostsTest extends CaseServiceIntegrationTest {

    @Autowired
    JwtDecoder decoder;

    @Autowired
    ApplicationContext context;

    @Autowired
    ObservationRegistry observations;

    @Autowired
    SecurityObservationSettings securityObservations;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    HttpFirewall firewall;

    @Autowired
    List<HandlerMapping> handlerMappings;

    @Autowired
    FilterChainProxy chains;

    /**
     * Session 15: a ready centre's readiness is kept in memory while the registry's changes are heard, so the tenant
     * filter asks the database nothing (RegistrationCostsTest counts the round trips; ReadinessAcrossInstancesTest
     * the changes).
     */
    @Test
    void keepsAReadyCentresReadinessInMemory() throws Exception {
        provision("request-path-costs");
        ReadinessInMemory.awaitKept(context, "request-path-costs");
    }

    @Test
    void verifiesEachTokenOncePerLifetime() {
        assertThat(decoder).isInstanceOf(CachingJwtDecoder.class);
    }

    @Test
    void observesRequestsButNotEachSecurityFilter() {
        assertThat(Observation.start("spring.security.filterchains", observations).isNoop()).isTrue();
        assertThat(Observation.start("spring.security.authorizations", observations).isNoop()).isTrue();
        assertThat(Observation.start("http.server.requests", observations).isNoop()).isFalse();
        // Not even wrapped in no-op observations (issue 15, session 9).
        assertThat(securityObservations.shouldObserveRequests()).isFalse();
        assertThat(securityObservations.shouldObserveAuthentications()).isFalse();
        assertThat(securityObservations.shouldObserveAuthorizations()).isFalse();
    }

    /**
     * Session 13's savings, each with the same answers as Spring's own (platform-commons' PathFirstRequestMappingTest,
     * BearerTokenSyntaxTest, HeaderCharactersTest): the handler lookup tries a mapping's path first, and the firewall's
     * header checks and the bearer token's syntax check are loops, not regular expressions.
     */
    @Test
    void looksUpHandlersPathFirstAndChecksHeadersAndTokensWithoutRegularExpressions() {
        assertThat(mapping.getClass().getSimpleName()).isEqualTo("PathFirstRequestMapping");
        assertThat(firewall).isInstanceOf(StrictHttpFirewall.class);
        assertThat(ReflectionTestUtils.getField(firewall, "allowedHeaderValues"))
                .isNotSameAs(StrictHttpFirewall.ALLOWED_HEADER_VALUES);
        MockHttpServletRequest injected = new MockHttpServletRequest("GET", "/t/mouzaki/api/beneficiaries");
        injected.addHeader("X-Request-Id", "a\r\nSet-Cookie: x=y");
        assertThatThrownBy(() -> firewall.getFirewalledRequest(injected).getHeader("X-Request-Id"))
                .isInstanceOf(RequestRejectedException.class);
        // Spring Security wraps its chains' proxy in another that has a firewall of its own it never uses.
        Object proxy = chains.getClass().getSimpleName().equals("CompositeFilterChainProxy")
                ? ReflectionTestUtils.getField(chains, "springSecurityFilterChain") : chains;
        assertThat(ReflectionTestUtils.getField(proxy, "firewall")).isSameAs(firewall);
        assertThat(chains.getFilterChains()).flatMap(chain -> chain.getFilters())
                .filteredOn(BearerTokenAuthenticationFilter.class::isInstance)
                .isNotEmpty()
                .allSatisfy(filter -> assertThat(ReflectionTestUtils.getField(
                        ReflectionTestUtils.getField(filter, "authenticationConverter"), "bearerTokenResolver"))
                        .extracting(resolver -> resolver.getClass().getSimpleName())
                        .isEqualTo("HeaderBearerTokenResolver"));
    }

    /**
     * Session 15: the actuator's endpoints are looked up after the application's controllers, so a centre request no
     * longer walks every endpoint mapping first; the endpoints still answer (ObservabilityTest, TenantIsolationTest).
     */
    @Test
    void asksTheControllersBeforeTheActuatorsEndpoints() {
        List<HandlerMapping> inOrder = new ArrayList<>(handlerMappings);
        AnnotationAwareOrderComparator.sort(inOrder);
        List<String> names = inOrder.stream().map(m -> m.getClass().getName()).toList();
        List<String> endpoints = names.stream().filter(name -> name.contains(".actuate.")).toList();
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(2);
        assertThat(names.subList(0, names.indexOf(endpoints.getFirst())))
                .contains(mapping.getClass().getName())
                // Spring's functional routes (none here) come first and cost nothing without a route.
                .allMatch(name -> name.equals(mapping.getClass().getName()) || name.endsWith(".RouterFunctionMapping"));
    }
}
