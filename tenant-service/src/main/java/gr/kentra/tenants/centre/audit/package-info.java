/**
 * The registry's append-only audit trail of what was done to which centre, by whom: exposed to the other modules
 * as the named interface "audit" (lifecycle writes to the same trail).
 */
@NamedInterface("audit")
package gr.kentra.tenants.centre.audit;

import org.springframework.modulith.NamedInterface;
