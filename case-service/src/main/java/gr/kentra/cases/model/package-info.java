/** The few value types shared by several features of a person's record. */
package gr.kentra.cases.model;
