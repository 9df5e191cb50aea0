/**
 * The detail fields of a centre (region, ESF operations and programme periods, weekly hours and their rules,
 * branches, staff roles) as value types: exposed whole to the other modules as the named interface "details".
 */
@NamedInterface("details")
package gr.kentra.tenants.centre.details;

import org.springframework.modulith.NamedInterface;
