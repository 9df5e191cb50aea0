/** The archive export of a centre's schema (CSV per table, DDL, manifest) and the deletion of the schema after it. */
package gr.kentra.cases.tenancy.archive;
