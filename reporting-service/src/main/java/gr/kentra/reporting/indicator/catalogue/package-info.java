/**
 * The indicator catalogue as data (src/main/resources/indicators/*.yaml): codes, labels, definitions, fact types,
 * measure, filter, breakdown and relations, checked at startup; it uses no other room.
 */
package gr.kentra.reporting.indicator.catalogue;
