/**
 * The indicator fact contract between case-service (which writes anonymised facts) and reporting-service (which
 * validates and counts them): the fact types, the closed vocabularies, the age bands, the vulnerability flags and
 * the fact as it travels. Adding a type, a value or a field here is the one change; the switches and record
 * patterns that use these types fail to compile where the addition is not handled. The JSON names and values are
 * the wire format: renaming a constant or a component changes what the services exchange.
 */
package gr.kentra.commons.facts;
