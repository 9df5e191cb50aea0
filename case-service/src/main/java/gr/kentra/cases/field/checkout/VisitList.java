package gr.kentra.cases.field.checkout;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a staff member takes on a route: the people whose address names one of its places, with their fields as the
 * API names them and the version they are at, and their open requests; nothing else of the centre.
 */
public record VisitList(UUID checkoutId, List<String> places, Instant madeAt, List<Person> people,
        List<OpenRequest> requests) {

    public record Person(UUID id, long version, Map<String, Object> fields) {
    }

    public record OpenRequest(UUID id, UUID beneficiaryId, String type, String channel, LocalDate receivedOn,
            String description, String status, long version) {
    }

    /** The answer to a preview: how many people and requests, and how large the download is. */
    public record Preview(List<String> places, int people, int requests, long bytes, long maxBytes, boolean allowed) {
    }
}
