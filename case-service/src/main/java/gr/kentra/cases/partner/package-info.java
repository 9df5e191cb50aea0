/**
 * The directory of partner services that referrals go to. Uses system and web; never the casework (requests,
 * referrals).
 */
@ApplicationModule(allowedDependencies = {"system", "web"})
package gr.kentra.cases.partner;

import org.springframework.modulith.ApplicationModule;
