package gr.kentra.cases.request;

import java.util.Map;
import java.util.UUID;

import gr.kentra.cases.system.FieldMaps;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the offline field kit (the field package) may ask of requests: record one given as a field map, validated
 * and audited as {@code POST /api/requests}.
 */
@Component
public class FieldRequests {

    /** A recorded request: its id and version. */
    public record Recorded(UUID id, long version) {
    }

    private final RequestService service;
    private final FieldMaps fieldMaps;

    FieldRequests(RequestService service, FieldMaps fieldMaps) {
        this.service = service;
        this.fieldMaps = fieldMaps;
    }

    /** Records a request ({@code beneficiaryId}, {@code type}, {@code channel}, {@code receivedOn}, …). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Recorded record(Map<String, Object> fields) {
        NewRequest request = fieldMaps.read(fields, NewRequest.class);
        RequestView saved = service.register(request);
        return new Recorded(saved.id(), saved.version());
    }
}
