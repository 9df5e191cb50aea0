package gr.kentra.cases.field.conflict;

import gr.kentra.cases.gdpr.ErasureStarting;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A person's erasure deletes the conflicts kept about them (they hold the values of their fields). */
@Component
class FieldErasure {

    private final FieldConflictRepository conflicts;

    FieldErasure(FieldConflictRepository conflicts) {
        this.conflicts = conflicts;
    }

    @EventListener
    void on(ErasureStarting erasure) {
        conflicts.deleteOfPerson(erasure.beneficiaryId());
    }
}
