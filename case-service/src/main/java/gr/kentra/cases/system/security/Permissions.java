package gr.kentra.cases.system.security;

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
public final class Permissions {

    public enum Permission {
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
        PARTNER_WRITE,
        /** Add to and import into the region's shared services directory (coordinators). */
        DIRECTORY_REGIONAL_WRITE,
        /** Counselling sessions; their notes are further restricted to the author (see the session package). */
        SESSION_READ,
        SESSION_WRITE,
        /** Open another author's session notes, with a recorded reason. */
        SESSION_BREAK_GLASS,
        APPOINTMENT_READ,
        APPOINTMENT_WRITE,
        OPENING_HOURS_READ,
        OPENING_HOURS_WRITE,
        // Casework: social investigations, the homeless register, basic goods distributions, local events.
        /** Social investigations and their reports. */
        INVESTIGATION_READ,
        INVESTIGATION_WRITE,
        /** The homeless register. */
        HOMELESS_READ,
        HOMELESS_WRITE,
        /** Basic goods distributions and their totals. */
        DISTRIBUTION_READ,
        DISTRIBUTION_WRITE,
        /** The centre's local events (no personal data). */
        EVENT_READ,
        EVENT_WRITE,
        // GDPR: the person's rights.
        /** Export everything the centre holds on a person (Art. 15); session notes only by break-glass. */
        GDPR_EXPORT,
        /** Erase a person's identity (Art. 17). */
        GDPR_ERASE,
        /** List the people inactive for longer than the retention period. */
        RETENTION_READ,
        /**
         * Issue a document about a person (attestation, investigation report, referral letter); each type also
         * needs the permission that reads its record (see the document package).
         */
        DOCUMENT_ISSUE,
        /**
         * Mobile units: check out a route's visit list, synchronise the field kit's operations (each still needs
         * what it does online: registry and request writes) and decide the conflicts they leave.
         */
        FIELD_WORK
    }

    private static final Map<KentraRole, Set<Permission>> GRANTS = Map.of(
            KentraRole.SOCIAL_WORKER, EnumSet.complementOf(EnumSet.of(Permission.AUDIT_READ,
                    Permission.REQUEST_TYPE_WRITE, Permission.SESSION_BREAK_GLASS, Permission.OPENING_HOURS_WRITE,
                    Permission.GDPR_ERASE, Permission.RETENTION_READ, Permission.DIRECTORY_REGIONAL_WRITE)),
            // Coordinators read sessions (without notes) but do not counsel.
            KentraRole.COORDINATOR, EnumSet.complementOf(EnumSet.of(Permission.SESSION_WRITE)),
            KentraRole.PSYCHOLOGIST, EnumSet.of(Permission.REGISTRY_READ, Permission.HOUSEHOLD_READ,
                    Permission.CARD_READ, Permission.CARD_WRITE,
                    Permission.REQUEST_READ, Permission.REFERRAL_READ,
                    Permission.SESSION_READ, Permission.SESSION_WRITE, Permission.APPOINTMENT_READ,
                    Permission.APPOINTMENT_WRITE, Permission.OPENING_HOURS_READ,
                    Permission.INVESTIGATION_READ, Permission.HOMELESS_READ, Permission.DISTRIBUTION_READ,
                    Permission.EVENT_READ),
            // Administrative staff keep the diary but never see counselling sessions.
            KentraRole.ADMIN_STAFF, EnumSet.of(Permission.REGISTRY_READ, Permission.REGISTRY_WRITE,
                    Permission.HOUSEHOLD_READ, Permission.HOUSEHOLD_WRITE,
                    Permission.REQUEST_READ, Permission.REQUEST_REGISTER, Permission.REFERRAL_READ,
                    Permission.APPOINTMENT_READ, Permission.APPOINTMENT_WRITE, Permission.OPENING_HOURS_READ,
                    // They hand out basic goods, but see neither investigations nor the homeless register.
                    Permission.DISTRIBUTION_READ, Permission.DISTRIBUTION_WRITE, Permission.EVENT_READ,
                    Permission.EVENT_WRITE,
                    // They hand out attestations of registration and referral letters (not investigation reports).
                    Permission.DOCUMENT_ISSUE,
                    // They go out with the mobile unit: register people and requests in the villages.
                    Permission.FIELD_WORK));

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
            // The services directory: private entries as partners; REGIONAL ones also need DIRECTORY_REGIONAL_WRITE.
            new Rule(HttpMethod.GET, "/api/directory/services", Permission.REFERRAL_READ),
            new Rule(HttpMethod.POST, "/api/directory/services", Permission.PARTNER_WRITE),
            new Rule(HttpMethod.GET, "/api/directory/hsds", Permission.REFERRAL_READ),
            new Rule(HttpMethod.POST, "/api/directory/hsds", Permission.PARTNER_WRITE),
            new Rule(HttpMethod.PUT, "/api/directory/services/*", Permission.DIRECTORY_REGIONAL_WRITE),
            new Rule(HttpMethod.PATCH, "/api/directory/services/*", Permission.DIRECTORY_REGIONAL_WRITE),
            new Rule(HttpMethod.GET, "/api/referrals", Permission.REFERRAL_READ),
            new Rule(HttpMethod.POST, "/api/referrals", Permission.REFERRAL_WRITE),
            new Rule(HttpMethod.GET, "/api/referrals/*", Permission.REFERRAL_READ),
            new Rule(HttpMethod.PUT, "/api/referrals/*", Permission.REFERRAL_WRITE),
            new Rule(HttpMethod.POST, "/api/referrals/*/transitions", Permission.REFERRAL_WRITE),
            // Casework: counselling sessions, appointments and the centre's opening hours.
            new Rule(HttpMethod.GET, "/api/sessions", Permission.SESSION_READ),
            new Rule(HttpMethod.POST, "/api/sessions", Permission.SESSION_WRITE),
            new Rule(HttpMethod.GET, "/api/sessions/*", Permission.SESSION_READ),
            new Rule(HttpMethod.PUT, "/api/sessions/*", Permission.SESSION_WRITE),
            new Rule(HttpMethod.POST, "/api/sessions/*/notes/break-glass", Permission.SESSION_BREAK_GLASS),
            new Rule(HttpMethod.GET, "/api/appointments", Permission.APPOINTMENT_READ),
            new Rule(HttpMethod.POST, "/api/appointments", Permission.APPOINTMENT_WRITE),
            new Rule(HttpMethod.GET, "/api/appointments/agenda", Permission.APPOINTMENT_READ),
            new Rule(HttpMethod.GET, "/api/appointments/*", Permission.APPOINTMENT_READ),
            new Rule(HttpMethod.PUT, "/api/appointments/*", Permission.APPOINTMENT_WRITE),
            new Rule(HttpMethod.DELETE, "/api/appointments/*", Permission.APPOINTMENT_WRITE),
            new Rule(HttpMethod.GET, "/api/opening-hours", Permission.OPENING_HOURS_READ),
            new Rule(HttpMethod.PUT, "/api/opening-hours", Permission.OPENING_HOURS_WRITE),
            // Casework: social investigations, the homeless register, basic goods distributions, local events.
            new Rule(HttpMethod.GET, "/api/investigations", Permission.INVESTIGATION_READ),
            new Rule(HttpMethod.POST, "/api/investigations", Permission.INVESTIGATION_WRITE),
            new Rule(HttpMethod.GET, "/api/investigations/*", Permission.INVESTIGATION_READ),
            new Rule(HttpMethod.PUT, "/api/investigations/*", Permission.INVESTIGATION_WRITE),
            new Rule(HttpMethod.POST, "/api/investigations/*/transitions", Permission.INVESTIGATION_WRITE),
            new Rule(HttpMethod.GET, "/api/investigations/*/report", Permission.INVESTIGATION_READ),
            new Rule(HttpMethod.GET, "/api/homeless-register", Permission.HOMELESS_READ),
            new Rule(HttpMethod.POST, "/api/homeless-register", Permission.HOMELESS_WRITE),
            new Rule(HttpMethod.GET, "/api/homeless-register/*", Permission.HOMELESS_READ),
            new Rule(HttpMethod.PUT, "/api/homeless-register/*", Permission.HOMELESS_WRITE),
            new Rule(HttpMethod.GET, "/api/distributions", Permission.DISTRIBUTION_READ),
            new Rule(HttpMethod.POST, "/api/distributions", Permission.DISTRIBUTION_WRITE),
            new Rule(HttpMethod.GET, "/api/distributions/summary", Permission.DISTRIBUTION_READ),
            new Rule(HttpMethod.GET, "/api/distributions/*", Permission.DISTRIBUTION_READ),
            new Rule(HttpMethod.PUT, "/api/distributions/*", Permission.DISTRIBUTION_WRITE),
            new Rule(HttpMethod.GET, "/api/events", Permission.EVENT_READ),
            new Rule(HttpMethod.POST, "/api/events", Permission.EVENT_WRITE),
            new Rule(HttpMethod.GET, "/api/events/*", Permission.EVENT_READ),
            new Rule(HttpMethod.PUT, "/api/events/*", Permission.EVENT_WRITE),
            // GDPR
            new Rule(HttpMethod.GET, "/api/beneficiaries/*/export", Permission.GDPR_EXPORT),
            new Rule(HttpMethod.POST, "/api/beneficiaries/*/export/break-glass", Permission.SESSION_BREAK_GLASS),
            new Rule(HttpMethod.DELETE, "/api/beneficiaries/*", Permission.GDPR_ERASE),
            new Rule(HttpMethod.GET, "/api/beneficiaries/retention-due", Permission.RETENTION_READ),
            // Who saw the person's record: the person's slice of the audit trail.
            new Rule(HttpMethod.GET, "/api/beneficiaries/*/access-log", Permission.AUDIT_READ),
            // The Art. 30 record of processing, for the coordinator to hand to the municipality's DPO.
            new Rule(HttpMethod.GET, "/api/gdpr/records-of-processing", Permission.RETENTION_READ),
            // Retention review: the decisions on records past their retention period (erase, or keep until a review).
            new Rule(HttpMethod.GET, "/api/beneficiaries/retention-decisions", Permission.RETENTION_READ),
            new Rule(HttpMethod.POST, "/api/beneficiaries/retention-decisions", Permission.GDPR_ERASE),
            // The reception's walk-in queue: kept by whoever keeps the diary.
            new Rule(HttpMethod.GET, "/api/walk-ins", Permission.APPOINTMENT_READ),
            new Rule(HttpMethod.POST, "/api/walk-ins", Permission.APPOINTMENT_WRITE),
            new Rule(HttpMethod.POST, "/api/walk-ins/*/transitions", Permission.APPOINTMENT_WRITE),
            // Documents the centre issues: reading one also needs its type's own read permission.
            new Rule(HttpMethod.POST, "/api/beneficiaries/*/documents", Permission.DOCUMENT_ISSUE),
            new Rule(HttpMethod.GET, "/api/beneficiaries/*/documents", Permission.REGISTRY_READ),
            new Rule(HttpMethod.GET, "/api/beneficiaries/*/documents/*", Permission.REGISTRY_READ),
            // Mobile units offline: visit lists, the field kit's synchronisation and its conflicts.
            new Rule(HttpMethod.GET, "/api/field/checkouts/preview", Permission.FIELD_WORK),
            new Rule(HttpMethod.POST, "/api/field/checkouts", Permission.FIELD_WORK),
            new Rule(HttpMethod.POST, "/api/field/sync", Permission.FIELD_WORK),
            new Rule(HttpMethod.GET, "/api/field/conflicts", Permission.FIELD_WORK),
            new Rule(HttpMethod.POST, "/api/field/conflicts/*/resolve", Permission.FIELD_WORK));

    static final Set<KentraRole> CENTRE_STAFF = GRANTS.keySet();

    private Permissions() {
    }

    public static boolean may(KentraRole role, Permission permission) {
        return GRANTS.getOrDefault(role, Set.of()).contains(permission);
    }

    /** Role names (without {@code ROLE_}) holding a permission, for {@code hasAnyRole}. */
    static String[] rolesWith(Permission permission) {
        return Arrays.stream(KentraRole.values()).filter(role -> may(role, permission))
                .map(KentraRole::name).toArray(String[]::new);
    }
}
