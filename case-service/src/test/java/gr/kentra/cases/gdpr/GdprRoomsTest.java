package gr.kentra.cases.gdpr;

import java.util.Map;
import java.util.Set;

import gr.kentra.cases.Rooms;

/** The rooms inside gdpr and the arrows between them (see {@code package-info.java}). */
class GdprRoomsTest extends Rooms {

    GdprRoomsTest() {
        super("gr.kentra.cases.gdpr", Map.of(
                "catalogue", Set.of(),
                "export", Set.of("catalogue"),
                "erasure", Set.of("catalogue"),
                "retention", Set.of("catalogue", "erasure"),
                "processing", Set.of("catalogue", "retention"),
                "api", Set.of("catalogue", "export", "erasure", "retention", "processing")));
    }
}
