/**
 * The database cells a centre may be placed on (kentra.cells) and the validation that a requested cell is one of
 * them.
 */
package gr.kentra.tenants.centre.cell;
