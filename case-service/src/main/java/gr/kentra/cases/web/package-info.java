/**
 * The frame of the centre's pages: layout, home page, lists with their filters and downloads. Uses the centre's
 * name from tenancy; features use web, never the other way round.
 */
@ApplicationModule(allowedDependencies = {"tenancy"})
package gr.kentra.cases.web;

import org.springframework.modulith.ApplicationModule;
