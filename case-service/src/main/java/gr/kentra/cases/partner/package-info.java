/**
 * The centre's partners: the services it refers people to, kept in its own schema, which are the services
 * directory's private entries ({@code PartnerEntries}), and the door referrals and the homeless register use
 * ({@code Partners}). Uses the directory and system.
 */
@ApplicationModule(allowedDependencies = {"directory", "system"})
package gr.kentra.cases.partner;

import org.springframework.modulith.ApplicationModule;
