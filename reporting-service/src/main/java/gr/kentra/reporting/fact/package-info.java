/**
 * The fact intake from case-service's outbox: the fact contract (platform-commons {@code gr.kentra.commons.facts})
 * as reporting validates it, and the store that feeds the aggregates; it uses {@code aggregate} and {@code system}.
 */
@ApplicationModule(allowedDependencies = {"aggregate", "system"})
package gr.kentra.reporting.fact;

import org.springframework.modulith.ApplicationModule;
