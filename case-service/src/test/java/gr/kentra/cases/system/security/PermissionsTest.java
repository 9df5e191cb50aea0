package gr.kentra.cases.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.UUID;
import java.util.stream.Stream;

import gr.kentra.cases.CaseServiceIntegrationTest;
import gr.kentra.commons.security.KentraRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockHttpServletResponse;

/** Walks the permission matrix endpoint by endpoint, role by role: a role without the permission gets a 403. */
class PermissionsTest extends CaseServiceIntegrationTest {

    private static final String TENANT = "permissions-here";

    @BeforeEach
    void centre() throws Exception {
        provision(TENANT);
    }

    static Stream<Arguments> everyEndpointForEveryRole() {
        return Permissions.RULES.stream().flatMap(rule -> Permissions.CENTRE_STAFF.stream()
                .map(role -> Arguments.of(rule.method() + " " + rule.pattern(), role, rule)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointForEveryRole")
    void answersForbiddenExactlyWhenTheRoleLacksThePermission(String endpoint, KentraRole role,
            Permissions.Rule rule) throws Exception {
        String path = rule.pattern().replace("*", UUID.randomUUID().toString());
        MockHttpServletResponse response = mvc.perform(in(TENANT, role.realmRole(),
                request(rule.method(), path), "{}")).andReturn().getResponse();
        if (Permissions.may(role, rule.permission())) {
            assertThat(response.getStatus()).as(endpoint + " as " + role).isNotEqualTo(403).isLessThan(500);
        } else {
            assertThat(response.getStatus()).as(endpoint + " as " + role).isEqualTo(403);
            assertThat(response.getContentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void statesTheMatrixTheCentresAgreed() {
        assertThat(Permissions.may(KentraRole.ADMIN_STAFF, Permissions.Permission.REGISTRY_WRITE)).isTrue();
        assertThat(Permissions.may(KentraRole.ADMIN_STAFF, Permissions.Permission.CARD_READ)).isFalse();
        assertThat(Permissions.may(KentraRole.PSYCHOLOGIST, Permissions.Permission.REGISTRY_WRITE)).isFalse();
        assertThat(Permissions.may(KentraRole.PSYCHOLOGIST, Permissions.Permission.CARD_WRITE)).isTrue();
        assertThat(Permissions.may(KentraRole.SOCIAL_WORKER, Permissions.Permission.AUDIT_READ)).isFalse();
        assertThat(Permissions.may(KentraRole.COORDINATOR, Permissions.Permission.AUDIT_READ)).isTrue();
        assertThat(Permissions.may(KentraRole.PLATFORM_ADMIN, Permissions.Permission.REGISTRY_READ)).isFalse();
    }

    @Test
    void statesTheCaseworkMatrix() {
        for (KentraRole role : Permissions.CENTRE_STAFF) {
            assertThat(Permissions.may(role, Permissions.Permission.REQUEST_READ)).as(role.name()).isTrue();
            assertThat(Permissions.may(role, Permissions.Permission.REFERRAL_READ)).as(role.name()).isTrue();
        }
        assertThat(Permissions.may(KentraRole.ADMIN_STAFF, Permissions.Permission.REQUEST_REGISTER)).isTrue();
        assertThat(Permissions.may(KentraRole.ADMIN_STAFF, Permissions.Permission.REQUEST_HANDLE)).isFalse();
        assertThat(Permissions.may(KentraRole.ADMIN_STAFF, Permissions.Permission.REFERRAL_WRITE)).isFalse();
        assertThat(Permissions.may(KentraRole.PSYCHOLOGIST, Permissions.Permission.REQUEST_REGISTER)).isFalse();
        assertThat(Permissions.may(KentraRole.PSYCHOLOGIST, Permissions.Permission.REFERRAL_WRITE)).isFalse();
        assertThat(Permissions.may(KentraRole.SOCIAL_WORKER, Permissions.Permission.REQUEST_HANDLE)).isTrue();
        assertThat(Permissions.may(KentraRole.SOCIAL_WORKER, Permissions.Permission.PARTNER_WRITE)).isTrue();
        assertThat(Permissions.may(KentraRole.SOCIAL_WORKER, Permissions.Permission.REQUEST_TYPE_WRITE)).isFalse();
        assertThat(Permissions.may(KentraRole.COORDINATOR, Permissions.Permission.REQUEST_TYPE_WRITE)).isTrue();
    }

    @Test
    void statesTheMatrixOfInvestigationsTheHomelessRegisterDistributionsAndEvents() {
        for (KentraRole role : Permissions.CENTRE_STAFF) {
            assertThat(Permissions.may(role, Permissions.Permission.DISTRIBUTION_READ)).as(role.name()).isTrue();
            assertThat(Permissions.may(role, Permissions.Permission.EVENT_READ)).as(role.name()).isTrue();
        }
        for (KentraRole role : new KentraRole[] {KentraRole.SOCIAL_WORKER, KentraRole.COORDINATOR}) {
            assertThat(Permissions.may(role, Permissions.Permission.INVESTIGATION_WRITE)).as(role.name()).isTrue();
            assertThat(Permissions.may(role, Permissions.Permission.HOMELESS_WRITE)).as(role.name()).isTrue();
            assertThat(Permissions.may(role, Permissions.Permission.DISTRIBUTION_WRITE)).as(role.name()).isTrue();
            assertThat(Permissions.may(role, Permissions.Permission.EVENT_WRITE)).as(role.name()).isTrue();
        }
        assertThat(Permissions.may(KentraRole.PSYCHOLOGIST, Permissions.Permission.INVESTIGATION_READ)).isTrue();
        assertThat(Permissions.may(KentraRole.PSYCHOLOGIST, Permissions.Permission.INVESTIGATION_WRITE)).isFalse();
        assertThat(Permissions.may(KentraRole.PSYCHOLOGIST, Permissions.Permission.HOMELESS_WRITE)).isFalse();
        assertThat(Permissions.may(KentraRole.PSYCHOLOGIST, Permissions.Permission.DISTRIBUTION_WRITE)).isFalse();
        assertThat(Permissions.may(KentraRole.PSYCHOLOGIST, Permissions.Permission.EVENT_WRITE)).isFalse();
        assertThat(Permissions.may(KentraRole.ADMIN_STAFF, Permissions.Permission.INVESTIGATION_READ)).isFalse();
        assertThat(Permissions.may(KentraRole.ADMIN_STAFF, Permissions.Permission.HOMELESS_READ)).isFalse();
        assertThat(Permissions.may(KentraRole.ADMIN_STAFF, Permissions.Permission.DISTRIBUTION_WRITE)).isTrue();
        assertThat(Permissions.may(KentraRole.ADMIN_STAFF, Permissions.Permission.EVENT_WRITE)).isTrue();
    }

    @Test
    void refusesAnApiPathThatNoRuleNames() throws Exception {
        int status = mvc.perform(in(TENANT, "coordinator",
                request(org.springframework.http.HttpMethod.GET, "/api/secrets"), null)).andReturn().getResponse()
                .getStatus();
        assertThat(status).isEqualTo(403);
    }
}
