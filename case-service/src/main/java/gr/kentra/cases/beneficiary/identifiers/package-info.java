/**
 * The Greek personal identifiers a record carries and their check rules: AMKA, AFM (as constraints), country codes
 * and phone numbers. Uses nothing else in the module.
 */
package gr.kentra.cases.beneficiary.identifiers;
