package gr.kentra.tenants.lifecycle;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import gr.kentra.tenants.StandIns;
import gr.kentra.tenants.centre.onboarding.OrganizationProvisioner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The whole service on a real PostgreSQL with its real HTTP clients, talking to {@link ArchiveStandIn} (a local HTTP
 * server) as case-service and Keycloak, and a clock the tests move. Schedules are pushed out of the way: tests call
 * the retry themselves.
 */
@SpringBootTest(properties = {"kentra.provisioning.initial-delay=1h", "kentra.provisioning.interval=1h",
        "kentra.registry.export-retry-initial-delay=1h", "kentra.registry.export-retry-interval=1h"})
@AutoConfigureMockMvc
@Import(LifecycleTest.Fixtures.class)
abstract class LifecycleTest {

    static final Instant START = Instant.parse("2026-01-10T09:00:00Z");
    static final ArchiveStandIn standIn = new ArchiveStandIn();

    @TestConfiguration
    static class Fixtures {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(START);
        }

        /** Onboarding is not under test here. */
        @Bean
        @Primary
        OrganizationProvisioner noOnboarding() {
            return organization -> Optional.empty();
        }
    }

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        StandIns.register(registry, "registry_lifecycle_test", standIn.baseUrl());
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    ArchiveExports exports;

    @BeforeEach
    void seedsActiveAndNothingArchived() {
        standIn.reset();
        clock.set(START);
        jdbc.update("delete from deletion_confirmation");
        // Each lifecycle test reads the trail it makes: earlier tests archive the same seed centres.
        jdbc.update("delete from audit_event");
        jdbc.update("update centre set status = 'ACTIVE', schema_status = 'READY', archived_at = null,"
                + " export_status = null, export_file = null, export_sha256 = null, export_error = null,"
                + " export_attempts = 0, export_next_attempt_at = null, deleted_at = null");
    }

    @AfterAll
    static void leaveTheServerRunningForTheCachedContext() {
        // The Spring context (and its clients' base URL) outlives this class: the server stops with the JVM.
    }

    ResultActions archive(String centre) throws Exception {
        return mvc.perform(patch("/admin/api/tenants/{id}", centre).with(platformAdmin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"ARCHIVED\"}"))
                .andExpect(status().isOk());
    }

    List<String> auditOf(String centre) {
        return jdbc.queryForList("select action from audit_event where centre_id = ? order by id", String.class,
                centre);
    }

    static RequestPostProcessor platformAdmin() {
        return jwt().jwt(token -> token.claim("preferred_username", "root"))
                .authorities(new SimpleGrantedAuthority("ROLE_PLATFORM_ADMIN"));
    }

    /** case-service's client-credentials token, as Keycloak issues it to the service account. */
    static RequestPostProcessor caseService() {
        return jwt().jwt(token -> token.claim("preferred_username", "service-account-kentra-case-service")
                        .claim("azp", "kentra-case-service")
                        .claim("realm_access", java.util.Map.of("roles", java.util.List.of("kentra-service"))))
                .authorities(new SimpleGrantedAuthority("ROLE_SERVICE"));
    }

    static RequestPostProcessor socialWorker() {
        return jwt().jwt(token -> token.claim("preferred_username", "maria"))
                .authorities(new SimpleGrantedAuthority("ROLE_SOCIAL_WORKER"));
    }
}
