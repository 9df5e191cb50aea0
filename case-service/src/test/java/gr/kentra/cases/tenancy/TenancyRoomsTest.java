package gr.kentra.cases.tenancy;

import java.util.Map;
import java.util.Set;

import gr.kentra.cases.Rooms;

/** The rooms inside tenancy and the arrows between them (see {@code package-info.java}). */
class TenancyRoomsTest extends Rooms {

    TenancyRoomsTest() {
        super("gr.kentra.cases.tenancy", Map.of(
                "registry", Set.of(),
                "cell", Set.of("registry"),
                "gate", Set.of("cell"),
                "lifecycle", Set.of(),
                "migration", Set.of("cell", "gate", "registry"),
                "move", Set.of("cell", "gate", "migration", "registry"),
                "archive", Set.of("cell", "lifecycle", "registry"),
                "request", Set.of("cell", "gate", "lifecycle", "move", "registry")));
    }
}
