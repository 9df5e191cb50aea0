/** The database cells: their pools and health, and which cell holds each centre (cached from the registry). */
package gr.kentra.cases.tenancy.cell;
