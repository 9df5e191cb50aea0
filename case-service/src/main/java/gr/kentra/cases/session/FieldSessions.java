package gr.kentra.cases.session;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import gr.kentra.cases.system.FieldMaps;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the offline field kit (the field package) may ask of sessions: record one given as a field map, validated
 * and audited as {@code POST /api/sessions} (the author is the caller, as online).
 */
@Component
public class FieldSessions {

    /** A recorded session: its id, version and participants (each one's record is concerned). */
    public record Recorded(UUID id, long version, List<UUID> participants) {
    }

    private final SessionService service;
    private final FieldMaps fieldMaps;

    FieldSessions(SessionService service, FieldMaps fieldMaps) {
        this.service = service;
        this.fieldMaps = fieldMaps;
    }

    /** Records a session ({@code type}, {@code date}, {@code durationMinutes}, {@code participants}, …). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Recorded record(Map<String, Object> fields) {
        SessionRequest request = fieldMaps.read(fields, SessionRequest.class);
        SessionView saved = service.record(request);
        return new Recorded(saved.id(), saved.version(), saved.participants());
    }
}
