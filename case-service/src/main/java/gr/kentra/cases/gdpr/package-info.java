/**
 * The person's rights under the GDPR: the export (Art. 15), erasure (Art. 17), retention review and the record of
 * processing (Art. 30), each in a room of its own ({@code catalogue}, {@code export}, {@code erasure}, {@code
 * retention}, {@code processing}, {@code api}; their arrows are held by {@code GdprRoomsTest}); this package keeps
 * only the events other modules hear ({@link gr.kentra.cases.gdpr.ErasureStarting}, {@link
 * gr.kentra.cases.gdpr.BeneficiaryErased}). Uses the registry, the audit trail and system. The export and erasure
 * span the whole record, so they read and clear by SQL ({@code catalogue/PersonalDataReader}, {@code
 * catalogue/ErasureStatements}, from {@code catalogue/PersonalDataCatalogue}) the tables of every module listed
 * below: an explicit dependency, held to those tables and modules by {@code SqlTableReadsTest} (the record of
 * processing also describes the tables of communityevent, openinghours and field, whose tables hold no person's data
 * or are cleared by their owner); going through each feature's service would audit every part as an ordinary read.
 */
@ApplicationModule(allowedDependencies = {"audit", "beneficiary", "system", "appointment", "assessment",
        "communityevent", "distribution", "document", "history", "homeless", "household", "investigation", "openinghours",
        "partner", "profile", "reception", "referral", "request", "requesttype", "session", "field"})
package gr.kentra.cases.gdpr;

import org.springframework.modulith.ApplicationModule;
