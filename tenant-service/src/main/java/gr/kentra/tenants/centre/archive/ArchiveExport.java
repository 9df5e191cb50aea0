package gr.kentra.tenants.centre.archive;

/**
 * Asks for the archive export of a centre that has just been archived (or again, for one whose export is still
 * pending). Implemented by the lifecycle package; never throws for a failed export, which stays pending.
 */
public interface ArchiveExport {

    void request(String centreId, String actor);
}
