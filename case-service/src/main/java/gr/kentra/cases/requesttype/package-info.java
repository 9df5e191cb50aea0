/**
 * The centre's catalogue of request types. Uses system and web; never the casework (requests, referrals).
 */
@ApplicationModule(allowedDependencies = {"system", "web"})
package gr.kentra.cases.requesttype;

import org.springframework.modulith.ApplicationModule;
