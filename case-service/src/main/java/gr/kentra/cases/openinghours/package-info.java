/**
 * The centre's opening and walk-in hours. Uses system and web.
 */
@ApplicationModule(allowedDependencies = {"system", "web"})
package gr.kentra.cases.openinghours;

import org.springframework.modulith.ApplicationModule;
