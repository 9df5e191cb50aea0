/**
 * The frame of the centre's pages: layout, home page, lists with their filters and downloads. Uses the centre's
 * name from tenancy and system's field refusals (the forms' common tail); features use web, never the other way
 * round.
 */
@ApplicationModule(allowedDependencies = {"system", "tenancy"})
package gr.kentra.cases.web;

import org.springframework.modulith.ApplicationModule;
