/** The staff's pages of the registry: the register form and the record's edit page. Uses {@code registration}. */
package gr.kentra.cases.beneficiary.pages;
