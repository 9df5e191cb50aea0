/**
 * The end of a centre's life as the registry records it: the archive export's status, the archive view the admin
 * API shows and the port that asks for the export (lifecycle implements it); it depends on nothing, and the other
 * modules see it as the named interface "archive".
 */
@NamedInterface("archive")
package gr.kentra.tenants.centre.archive;

import org.springframework.modulith.NamedInterface;
