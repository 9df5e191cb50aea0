package gr.kentra.cases.tenancy.move;

import java.util.List;

/**
 * What a move did: the tables copied with their row counts and checksums (equal on both cells, or the move
 * would have been undone), how long it took and for how long the centre's writes were refused. {@code outcome}
 * {@code UNCHANGED} when the centre already was on the cell asked for; {@code sourceDropped} false when the old
 * schema could not be dropped after the switch (the centre works on its new cell; the old copy needs removing).
 */
record MoveReport(String tenant, String from, String to, String outcome, List<TableCopy> tables, long rowsCopied,
        int sequences, long durationMillis, long writesRefusedMillis, boolean sourceDropped) {

    static final String MOVED = "MOVED";
    static final String UNCHANGED = "UNCHANGED";

    record TableCopy(String table, long rows, String checksum) {
    }

    static MoveReport unchanged(String tenant, String cell) {
        return new MoveReport(tenant, cell, cell, UNCHANGED, List.of(), 0, 0, 0, 0, false);
    }
}
