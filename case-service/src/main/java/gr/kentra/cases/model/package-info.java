/**
 * The few value types shared by several features of a person's record. Uses no other module.
 */
@ApplicationModule(allowedDependencies = {})
package gr.kentra.cases.model;

import org.springframework.modulith.ApplicationModule;
