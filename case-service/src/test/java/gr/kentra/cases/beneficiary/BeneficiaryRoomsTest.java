package gr.kentra.cases.beneficiary;

import java.util.Map;
import java.util.Set;

import gr.kentra.cases.Rooms;

/** The rooms inside beneficiary and the arrows between them (see {@code package-info.java}). */
class BeneficiaryRoomsTest extends Rooms {

    BeneficiaryRoomsTest() {
        super("gr.kentra.cases.beneficiary", Map.of(
                "identifiers", Set.of(),
                "names", Set.of(),
                "registration", Set.of("identifiers", "names"),
                "pages", Set.of("registration")));
    }
}
