package gr.kentra.commons.security;

import java.util.Arrays;
import java.util.Optional;

/** Kentra's realm roles. The Spring authority of a role is {@code ROLE_} + the constant's name. */
public enum KentraRole {
    SOCIAL_WORKER("social-worker"),
    PSYCHOLOGIST("psychologist"),
    COORDINATOR("coordinator"),
    ADMIN_STAFF("admin-staff"),
    REGIONAL_MANAGER("regional-manager"),
    MINISTRY_ANALYST("ministry-analyst"),
    PLATFORM_ADMIN("platform-admin"),
    /** A service account, not a person: case-service delivering anonymised facts to reporting-service. */
    FACT_PUBLISHER("fact-publisher"),
    /**
     * A service account, never a person: granted only to the service accounts of the platform's own confidential
     * clients, and required (with the caller's client id) on every {@code /internal/**} endpoint.
     */
    SERVICE("kentra-service");

    private final String realmRole;

    KentraRole(String realmRole) {
        this.realmRole = realmRole;
    }

    public String realmRole() {
        return realmRole;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<KentraRole> fromRealmRole(String realmRole) {
        return Arrays.stream(values()).filter(r -> r.realmRole.equals(realmRole)).findFirst();
    }
}
