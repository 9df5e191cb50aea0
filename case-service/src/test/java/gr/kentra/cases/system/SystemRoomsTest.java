package gr.kentra.cases.system;

import java.util.Map;
import java.util.Set;

import gr.kentra.cases.Rooms;

/** The rooms inside system and the arrows between them (see {@code package-info.java}). */
class SystemRoomsTest extends Rooms {

    SystemRoomsTest() {
        super("gr.kentra.cases.system", Map.of(
                "security", Set.of(),
                "dates", Set.of(),
                "api", Set.of()));
    }
}
