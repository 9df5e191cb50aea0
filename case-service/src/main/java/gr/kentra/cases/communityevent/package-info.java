/**
 * The centre's local events (no personal data). Uses system and web.
 */
@ApplicationModule(allowedDependencies = {"system", "web"})
package gr.kentra.cases.communityevent;

import org.springframework.modulith.ApplicationModule;
