/**
 * Erasure of a person (Art. 17): what the law lets go is cleared, what it keeps is kept and said.
 */
package gr.kentra.cases.gdpr.erasure;
