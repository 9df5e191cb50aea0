package gr.kentra.cases.homeless;

import static gr.kentra.cases.system.Edits.track;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.audit.PersonRecord;
import gr.kentra.cases.system.InvalidField;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person's entry in the centre's homeless register (μητρώο αστέγων). */
@Entity
@Table(name = "homeless_register_entry")
class HomelessRegisterEntry implements PersonRecord {

    @Id
    private UUID id;

    @Column(name = "beneficiary_id", nullable = false)
    private UUID beneficiaryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HomelessSituation situation;

    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    @Column(nullable = false)
    private String whereabouts;

    @Column(name = "shelter_partner_id")
    private UUID shelterPartnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HomelessStatus status;

    @Column(name = "status_on", nullable = false)
    private LocalDate statusOn;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private Long version;

    protected HomelessRegisterEntry() {
    }

    static HomelessRegisterEntry register(NewEntry request, String createdBy, Instant now) {
        HomelessRegisterEntry e = new HomelessRegisterEntry();
        e.id = UUID.randomUUID();
        e.beneficiaryId = request.beneficiaryId();
        e.situation = request.situation();
        e.registeredOn = request.registeredOn();
        e.whereabouts = request.whereabouts().strip();
        e.shelterPartnerId = request.shelterPartnerId();
        e.status = HomelessStatus.ACTIVE;
        e.statusOn = request.registeredOn();
        e.createdBy = createdBy;
        e.createdAt = now;
        return e;
    }

    /**
     * Takes over the change; returns the names of the fields that changed (never their values). A new status
     * takes effect on {@code statusOn}, or today if none is given; the status date never precedes registration.
     */
    List<String> apply(EntryChange change, LocalDate today) {
        List<String> changed = new ArrayList<>();
        LocalDate newStatusOn = change.statusOn() != null ? change.statusOn()
                : change.status() != status ? today : statusOn;
        if (newStatusOn.isBefore(change.registeredOn())) {
            throw new InvalidField("statusOn", "problem.homeless.statusBeforeRegistration");
        }
        situation = track(changed, "situation", situation, change.situation());
        registeredOn = track(changed, "registeredOn", registeredOn, change.registeredOn());
        whereabouts = track(changed, "whereabouts", whereabouts, change.whereabouts().strip());
        shelterPartnerId = track(changed, "shelterPartnerId", shelterPartnerId, change.shelterPartnerId());
        status = track(changed, "status", status, change.status());
        statusOn = track(changed, "statusOn", statusOn, newStatusOn);
        return changed;
    }

    public UUID id() { return id; }
    public UUID beneficiaryId() { return beneficiaryId; }
    HomelessSituation situation() { return situation; }
    LocalDate registeredOn() { return registeredOn; }
    String whereabouts() { return whereabouts; }
    UUID shelterPartnerId() { return shelterPartnerId; }
    HomelessStatus status() { return status; }
    LocalDate statusOn() { return statusOn; }
    String createdBy() { return createdBy; }
    Instant createdAt() { return createdAt; }
    Long version() { return version; }
}
