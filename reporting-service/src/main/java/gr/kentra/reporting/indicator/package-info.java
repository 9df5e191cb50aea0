/**
 * The indicator catalogue and the suppressed indicator and ESF reports, their cache and exports; it reads {@code
 * aggregate}'s tables, {@code fact}'s vocabularies, protects with {@code suppression} and answers through {@code
 * system}.
 */
@ApplicationModule(allowedDependencies = {"aggregate", "fact", "suppression", "system"})
package gr.kentra.reporting.indicator;

import org.springframework.modulith.ApplicationModule;
