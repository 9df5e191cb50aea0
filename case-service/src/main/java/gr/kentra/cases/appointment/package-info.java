/**
 * The diary: appointments with a person, booked within the centre's opening hours. Uses the registry, the audit
 * trail, the opening hours, the shared rules (system) and the pages' frame (web).
 */
@ApplicationModule(allowedDependencies = {"audit", "beneficiary", "openinghours", "system", "web"})
package gr.kentra.cases.appointment;

import org.springframework.modulith.ApplicationModule;
