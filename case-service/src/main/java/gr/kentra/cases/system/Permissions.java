package gr.kentra.cases.system;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import gr.kentra.commons.security.KentraRole;
import org.springframework.http.HttpMethod;

/**
 * Who may do what, in one place: which permission each centre role holds, and which permission each
 * endpoint needs. {@link SecurityConfiguration} turns {@link #RULES} into request matchers; any other
 * {@code /api/**} request is refused, so a new endpoint is closed until it is added here.
 */
final class Permissions {

    enum Permission {
        /** Identity and contact details: search, read the record. */
        REGISTRY_READ,
        /** Register and edit identity and contact details. */
        REGISTRY_WRITE,
        HOUSEHOLD_READ,
        HOUSEHOLD_WRITE,
        /** Social history, socio-economic profile and needs assessments. */
        CARD_READ,
        CARD_WRITE,
        AUDIT_READ,
        // Casework: requests, their type catalogue, the partner directory and referrals.
        /** Read requests and the request type catalogue. */
        REQUEST_READ,
        /** Register a new request (it starts RECEIVED). */
        REQUEST_REGISTER,
        /** Edit a request and move it through its workflow (status, outcome). */
        REQUEST_HANDLE,
        /** Add and edit the centre's own request types, deactivate unused ones. */
        REQUEST_TYPE_WRITE,
        /** Read referrals and the partner directory. */
        REFERRAL_READ,
        /** Refer, edit a referral and record its progress and outcome. */
        REFERRAL_WRITE,
        PARTNER_WRITE
    }

    private static final Map<KentraRole, Set<Permission>> GRANTS = Map.of(
            KentraRole.SOCIAL_WORKER, EnumSet.complementOf(EnumSet.of(Permission.AUDIT_READ,
                    Permission.REQUEST_TYPE_WRITE)),
            KentraRole.COORDINATOR, EnumSet.allOf(Permission.class),
            KentraRole.PSYCHOLOGIST, EnumSet.of(Permission.REGISTRY_READ, Permission.HOUSEHOLD_READ,
                    Permission.CARD_READ, Permission.CARD_WRITE,
                    Permission.REQUEST_READ, Permission.REFERRAL_READ),
            KentraRole.ADMIN_STAFF, EnumSet.of(Permission.REGISTRY_READ, Permission.REGISTRY_WRITE,
                    Permission.HOUSEHOLD_READ, Permission.HOUSEHOLD_WRITE,
                    Permission.REQUEST_READ, Permission.REQUEST_REGISTER, Permission.REFERRAL_READ));

    /** One endpoint (Spring path pattern, {@code *} = one segment) and the permission it needs. */
    record Rule(HttpMethod method, String pattern, Permission permission) {
    }

    static final List<Rule> RULES = List.of(
            new Rule(HttpMethod.GET, "/api/beneficiaries", Permission.REGISTRY_READ),
            new Rule(HttpMethod.POST, "/api/beneficiaries", Permission.REGISTRY_WRITE),
            new Rule(HttpMethod.GET, "/api/beneficiaries/*", Permission.REGISTRY_READ),
            new Rule(HttpMethod.PUT, "/api/beneficiaries/*", Permission.REGISTRY_WRITE),
            new Rule(HttpMethod.GET, "/api/beneficiaries/*/household", Permission.HOUSEHOLD_READ),
            new Rule(HttpMethod.POST, "/api/beneficiaries/*/household", Permission.HOUSEHOLD_WRITE),
            new Rule(HttpMethod.PUT, "/api/beneficiaries/*/household/*", Permission.HOUSEHOLD_WRITE),
            new Rule(HttpMethod.DELETE, "/api/beneficiaries/*/household/*", Permission.HOUSEHOLD_WRITE),
            new Rule(HttpMethod.GET, "/api/beneficiaries/*/social-history", Permission.CARD_READ),
            new Rule(HttpMethod.PUT, "/api/beneficiaries/*/social-history", Permission.CARD_WRITE),
            new Rule(HttpMethod.GET, "/api/beneficiaries/*/profile", Permission.CARD_READ),
            new Rule(HttpMethod.PUT, "/api/beneficiaries/*/profile", Permission.CARD_WRITE),
            new Rule(HttpMethod.GET, "/api/beneficiaries/*/assessments", Permission.CARD_READ),
            new Rule(HttpMethod.POST, "/api/beneficiaries/*/assessments", Permission.CARD_WRITE),
            new Rule(HttpMethod.GET, "/api/audit", Permission.AUDIT_READ),
            // Casework
            new Rule(HttpMethod.GET, "/api/request-types", Permission.REQUEST_READ),
            new Rule(HttpMethod.POST, "/api/request-types", Permission.REQUEST_TYPE_WRITE),
            new Rule(HttpMethod.PUT, "/api/request-types/*", Permission.REQUEST_TYPE_WRITE),
            new Rule(HttpMethod.GET, "/api/requests", Permission.REQUEST_READ),
            new Rule(HttpMethod.POST, "/api/requests", Permission.REQUEST_REGISTER),
            new Rule(HttpMethod.GET, "/api/requests/*", Permission.REQUEST_READ),
            new Rule(HttpMethod.PUT, "/api/requests/*", Permission.REQUEST_HANDLE),
            new Rule(HttpMethod.POST, "/api/requests/*/transitions", Permission.REQUEST_HANDLE),
            new Rule(HttpMethod.GET, "/api/partners", Permission.REFERRAL_READ),
            new Rule(HttpMethod.POST, "/api/partners", Permission.PARTNER_WRITE),
            new Rule(HttpMethod.PUT, "/api/partners/*", Permission.PARTNER_WRITE),
            new Rule(HttpMethod.GET, "/api/referrals", Permission.REFERRAL_READ),
            new Rule(HttpMethod.POST, "/api/referrals", Permission.REFERRAL_WRITE),
            new Rule(HttpMethod.GET, "/api/referrals/*", Permission.REFERRAL_READ),
            new Rule(HttpMethod.PUT, "/api/referrals/*", Permission.REFERRAL_WRITE),
            new Rule(HttpMethod.POST, "/api/referrals/*/transitions", Permission.REFERRAL_WRITE));

    static final Set<KentraRole> CENTRE_STAFF = GRANTS.keySet();

    private Permissions() {
    }

    static boolean may(KentraRole role, Permission permission) {
        return GRANTS.getOrDefault(role, Set.of()).contains(permission);
    }

    /** Role names (without {@code ROLE_}) holding a permission, for {@code hasAnyRole}. */
    static String[] rolesWith(Permission permission) {
        return Arrays.stream(KentraRole.values()).filter(role -> may(role, permission))
                .map(KentraRole::name).toArray(String[]::new);
    }
}
