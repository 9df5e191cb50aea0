package gr.kentra.cases.gdpr;

import java.util.Map;
import java.util.Set;

import gr.kentra.cases.Rooms;
import org.junit.jupiter.api.Test;

/** The rooms inside gdpr and the arrows between them (see {@code package-info.java}). */
class GdprRoomsTest {

    private static final Rooms ROOMS = Rooms.of("gr.kentra.cases.gdpr", Map.of(
            "catalogue", Set.of(),
            "export", Set.of("catalogue"),
            "erasure", Set.of("catalogue"),
            "retention", Set.of("catalogue", "erasure"),
            "processing", Set.of("catalogue", "retention"),
            "api", Set.of("catalogue", "export", "erasure", "retention", "processing")));

    @Test
    void everyRoomIsInTheTable() {
        ROOMS.assertEveryRoomIsListed();
    }

    @Test
    void eachRoomUsesOnlyTheRoomsItDeclares() {
        ROOMS.assertEachRoomUsesOnlyItsDeclaredRooms();
    }

    @Test
    void noTwoRoomsLeanOnEachOther() {
        ROOMS.assertNoCycles();
    }
}
