package gr.kentra.cases.communityevent;

import static gr.kentra.cases.system.Edits.blankToNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A local event the centre held (information day, workshop…): about the community, not about a person. */
@Entity
@Table(name = "community_event")
class CommunityEvent {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String title;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Audience audience;

    @Column(nullable = false)
    private int participants;

    private String partners;

    private String notes;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private Long version;

    protected CommunityEvent() {
    }

    CommunityEvent(EventForm form, String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        apply(form);
    }

    void apply(EventForm form) {
        title = form.title().strip();
        heldOn = form.date();
        kind = form.kind();
        audience = form.audience();
        participants = form.participants();
        partners = blankToNull(form.partners());
        notes = blankToNull(form.notes());
    }

    EventHeld held() {
        return new EventHeld(id, audience, participants, heldOn);
    }

    EventView view() {
        return new EventView(id, title, heldOn, kind, audience, participants, partners, notes, recordedBy,
                recordedAt, version);
    }

    Long version() { return version; }
}
