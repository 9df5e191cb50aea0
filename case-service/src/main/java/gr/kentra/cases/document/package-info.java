/**
 * The documents a centre issues (attestation of registration, social investigation report, referral letter): their
 * PDFs, the centre's protocol register, verification codes and the public verification page. Reads what a document
 * says by SQL from the registry, investigations, referrals and partners (one read, no audit line per part: the
 * issue itself is audited); uses tenancy for the centre's name and, on the public page, the schema a code names.
 */
@ApplicationModule(allowedDependencies = {"audit", "beneficiary", "investigation", "partner", "referral", "system",
        "tenancy", "web"})
package gr.kentra.cases.document;

import org.springframework.modulith.ApplicationModule;
