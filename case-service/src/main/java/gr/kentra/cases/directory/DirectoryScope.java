package gr.kentra.cases.directory;

/** Where a directory entry lives: shared by the centres of the region, or the centre's own. */
public enum DirectoryScope {
    /** In {@code platform.directory_service}, seen by every centre of the region. */
    REGIONAL,
    /** A partner in the centre's own schema, seen by the centre only. */
    PRIVATE
}
