package gr.kentra.cases.field;

import java.util.Map;
import java.util.Set;

import gr.kentra.cases.Rooms;

/** The rooms inside field and the arrows between them (see {@code package-info.java}). */
class FieldRoomsTest extends Rooms {

    FieldRoomsTest() {
        super("gr.kentra.cases.field", Map.of(
                "checkout", Set.of(),
                "conflict", Set.of(),
                "sync", Set.of("conflict"),
                "web", Set.of("checkout", "conflict", "sync")));
    }
}
