package gr.kentra.cases.partner;

import static gr.kentra.cases.system.Edits.track;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A service or structure the centre refers people to. Referrals point at it, so it is deactivated, not deleted. */
@Entity
@Table(name = "partner")
class Partner {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartnerKind kind;

    private String contact;

    @Column(nullable = false)
    private boolean active;

    @Version
    private Long version;

    protected Partner() {
    }

    static Partner of(PartnerForm form) {
        Partner partner = new Partner();
        partner.id = UUID.randomUUID();
        partner.active = true;
        partner.apply(form);
        return partner;
    }

    /** Takes over the form (an absent {@code active} keeps the flag); returns the names of the changed fields. */
    List<String> apply(PartnerForm form) {
        List<String> changed = new ArrayList<>();
        name = track(changed, "name", name, form.name().strip());
        kind = track(changed, "kind", kind, form.kind());
        contact = track(changed, "contact", contact,
                form.contact() == null || form.contact().isBlank() ? null : form.contact().strip());
        active = track(changed, "active", active, form.active() == null ? active : form.active());
        return changed;
    }

    UUID id() { return id; }
    String name() { return name; }
    PartnerKind kind() { return kind; }
    String contact() { return contact; }
    boolean active() { return active; }
    Long version() { return version; }
}
