package gr.kentra.cases.partner;

import java.util.UUID;

import gr.kentra.cases.directory.PartnerKind;

record PartnerView(UUID id, String name, PartnerKind kind, String contact, boolean active, Long version) {

    static PartnerView of(Partner p) {
        return new PartnerView(p.id(), p.name(), p.kind(), p.contact(), p.active(), p.version());
    }
}
