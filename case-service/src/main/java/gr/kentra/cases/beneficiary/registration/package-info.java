/**
 * The person's record: registration, edit, consent and status, its API, and the search over the records (by
 * identifier, by name as {@code names} writes it). Uses {@code identifiers} and {@code names}.
 */
package gr.kentra.cases.beneficiary.registration;
