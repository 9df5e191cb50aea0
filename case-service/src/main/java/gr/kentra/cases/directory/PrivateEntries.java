package gr.kentra.cases.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The centre's own entries, which the partner module keeps in the centre's schema (they are its partners). The
 * directory reads and writes them through this, implemented there, so that it never names the module that uses it.
 */
public interface PrivateEntries {

    /** Every one, active or not, by name then id. */
    List<DirectoryEntry> all();

    Optional<DirectoryEntry> find(UUID id);

    /** These ids' entries; unknown ids are left out. */
    List<DirectoryEntry> find(Collection<UUID> ids);

    /** Adds the entry, or takes it over into the one of its id (its version kept); in the caller's transaction. */
    DirectoryEntry save(DirectoryEntry entry);

    /** Switches one on or off as an edit of the partner made on {@code version}: stale, it throws as that edit does. */
    void switchOnOrOff(UUID id, boolean active, long version);
}
