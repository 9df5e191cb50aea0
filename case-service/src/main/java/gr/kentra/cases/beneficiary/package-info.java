/**
 * The registry of people (beneficiaries): identity, contact, consent, search and the record card's frame. Uses the
 * audit trail, system and web. Inside, rooms of one concern ({@code identifiers}, {@code names}, {@code
 * registration}, {@code pages}; their arrows are held by {@code BeneficiaryRoomsTest}); this package is the door the
 * other modules use: {@link gr.kentra.cases.beneficiary.Beneficiaries}, {@link gr.kentra.cases.beneficiary.FieldRegistry},
 * the event {@link gr.kentra.cases.beneficiary.BeneficiaryRegistered} and the legal bases
 * ({@link gr.kentra.cases.beneficiary.ProcessingBasis}), with {@code PhoneticKeyBackfill}, which the tenant changelog
 * names by this class name.
 */
@ApplicationModule(allowedDependencies = {"audit", "system", "web"})
package gr.kentra.cases.beneficiary;

import org.springframework.modulith.ApplicationModule;
