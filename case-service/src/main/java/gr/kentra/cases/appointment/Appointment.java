package gr.kentra.cases.appointment;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import gr.kentra.cases.audit.PersonRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A slot in a staff member's diary, with a registered person or (without one) a walk-in slot described by its
 * purpose. Times are the centre's local time. The table forbids two BOOKED slots of one staff member or one
 * person that overlap (exclusion constraints), whatever the application checked before.
 */
@Entity
@Table(name = "appointment")
class Appointment implements PersonRecord {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String staff;

    @Column(name = "beneficiary_id")
    private UUID beneficiaryId;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AppointmentStatus status;

    @Column(name = "booked_by", nullable = false)
    private String bookedBy;

    @Column(name = "booked_at", nullable = false)
    private Instant bookedAt;

    @Version
    private Long version;

    protected Appointment() {
    }

    Appointment(Slot slot, String bookedBy, Instant bookedAt) {
        this.id = UUID.randomUUID();
        this.status = AppointmentStatus.BOOKED;
        this.bookedBy = bookedBy;
        this.bookedAt = bookedAt;
        apply(slot, AppointmentStatus.BOOKED);
    }

    /** Applies an edit; returns the names of the fields that changed (for the audit trail). */
    List<String> apply(Slot slot, AppointmentStatus newStatus) {
        List<String> changed = new ArrayList<>();
        if (!slot.staff().equals(staff)) changed.add("staff");
        if (!Objects.equals(slot.beneficiary(), beneficiaryId)) changed.add("beneficiary");
        if (!slot.start().equals(startsAt)) changed.add("start");
        if (!slot.end().equals(endsAt)) changed.add("end");
        if (!Objects.equals(slot.purpose(), purpose)) changed.add("purpose");
        if (newStatus != status) changed.add("status");
        staff = slot.staff();
        beneficiaryId = slot.beneficiary();
        startsAt = slot.start();
        endsAt = slot.end();
        purpose = slot.purpose();
        status = newStatus;
        return changed;
    }

    void cancel() {
        status = AppointmentStatus.CANCELLED;
    }

    Slot slot() {
        return new Slot(staff, beneficiaryId, startsAt, endsAt, purpose);
    }

    AppointmentView view() {
        return new AppointmentView(id, staff, beneficiaryId, startsAt, endsAt, purpose, status, bookedBy, version);
    }

    public UUID id() { return id; }
    public UUID beneficiaryId() { return beneficiaryId; }
    AppointmentStatus status() { return status; }
    LocalDateTime startsAt() { return startsAt; }
    LocalDateTime endsAt() { return endsAt; }
    String staff() { return staff; }
    Long version() { return version; }
}
