/** Moving a centre's schema to another cell: freeze, copy with COPY, checksums, switch, drop. */
package gr.kentra.cases.tenancy.move;
