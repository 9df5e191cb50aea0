package gr.kentra.cases.homeless;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.audit.PersonRecord;

/** An entry of the homeless register as the API shows it. */
record EntryView(UUID id, UUID beneficiaryId, HomelessSituation situation, LocalDate registeredOn,
        String whereabouts, UUID shelterPartnerId, HomelessStatus status, LocalDate statusOn, String createdBy,
        Instant createdAt, Long version) implements PersonRecord {

    static EntryView of(HomelessRegisterEntry e) {
        return new EntryView(e.id(), e.beneficiaryId(), e.situation(), e.registeredOn(), e.whereabouts(),
                e.shelterPartnerId(), e.status(), e.statusOn(), e.createdBy(), e.createdAt(), e.version());
    }
}
