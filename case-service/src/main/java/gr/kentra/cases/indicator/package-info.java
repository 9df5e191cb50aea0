/**
 * Anonymised indicator facts: written in the casework's own transaction from the features' events, in the centre's
 * outbox, and relayed to reporting-service. Uses the events of beneficiary, communityevent, distribution, gdpr,
 * homeless, investigation, profile, referral (with the directory's partner kinds), request and session, system, and
 * tenancy's door (TenantDirectory).
 * Besides the events it reads, by SQL in the same transaction, the tables of beneficiary ({@code beneficiary}),
 * profile ({@code socio_economic_profile}) and household ({@code household_member}) in {@code People}: named here,
 * and held to exactly those tables by {@code SqlTableReadsTest}.
 */
@ApplicationModule(allowedDependencies = {"beneficiary", "communityevent", "directory", "distribution", "gdpr",
        "homeless", "household", "investigation", "profile", "referral", "request", "session", "system", "tenancy"})
package gr.kentra.cases.indicator;

import org.springframework.modulith.ApplicationModule;
