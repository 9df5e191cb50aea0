package gr.kentra.cases.appointment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.audit.AuditAction;
import gr.kentra.cases.audit.AuditTrail;
import gr.kentra.cases.audit.RecordType;
import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.system.CurrentStaff;
import gr.kentra.cases.system.InvalidField;
import gr.kentra.cases.system.RecordProblems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The centre's diary. Reads and changes of an appointment with a person are audited on that person's record;
 * walk-in slots name nobody and are audited without one.
 */
@Service
class AppointmentService {

    /** Two months at most per listing: a diary is read by the day or the week, not by the year. */
    static final int MAX_DAYS = 62;

    private final AppointmentRepository appointments;
    private final BookingRules rules;
    private final Beneficiaries beneficiaries;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    AppointmentService(AppointmentRepository appointments, BookingRules rules, Beneficiaries beneficiaries,
            AuditTrail audit) {
        this.appointments = appointments;
        this.rules = rules;
        this.beneficiaries = beneficiaries;
        this.audit = audit;
    }

    @Transactional
    AppointmentView book(AppointmentRequest request) {
        Slot slot = request.slot(CurrentStaff.username());
        check(slot);
        if (slot.beneficiary() != null && !beneficiaries.openForNewWork(slot.beneficiary())) {
            throw new InvalidField("beneficiary", "problem.closedBeneficiary");
        }
        Appointment appointment = new Appointment(slot, CurrentStaff.username(), clock.instant());
        requireFree(slot, appointment.id());
        Appointment saved = appointments.saveAndFlush(appointment);
        audit.record(saved.beneficiaryId(), RecordType.APPOINTMENT, saved.id(), AuditAction.CREATE, null);
        return saved.view();
    }

    @Transactional
    AppointmentView update(UUID id, AppointmentRequest request) {
        Appointment appointment = appointments.findById(id).orElseThrow(AppointmentProblems::notFound);
        if (request.version() == null) {
            throw new InvalidField("version", "NotNull");
        }
        RecordProblems.requireVersion(appointment.version(), request.version());
        // An edit that leaves out the staff member keeps the one booked, rather than handing the slot to the caller.
        Slot slot = request.slot(appointment.staff());
        AppointmentStatus status = request.status() == null ? appointment.status() : request.status();
        // Rules apply to what is (again) being booked or moved; marking a past slot ATTENDED must not fail
        // because the opening hours changed since.
        boolean rebooked = status == AppointmentStatus.BOOKED && appointment.status() != AppointmentStatus.BOOKED;
        if (rebooked || !slot.equals(appointment.slot())) {
            check(slot);
        }
        if (status == AppointmentStatus.BOOKED) {
            requireFree(slot, id);
        }
        UUID before = appointment.beneficiaryId();
        List<String> changed = appointment.apply(slot, status);
        Appointment saved = appointments.saveAndFlush(appointment);
        if (before != null && !before.equals(saved.beneficiaryId())) {
            audit.record(before, RecordType.APPOINTMENT, id, AuditAction.UPDATE, changed);
        }
        audit.record(saved.beneficiaryId(), RecordType.APPOINTMENT, id, AuditAction.UPDATE, changed);
        return saved.view();
    }

    /** Cancels; the appointment stays in the diary as CANCELLED. Cancelling twice changes nothing. */
    @Transactional
    void cancel(UUID id) {
        Appointment appointment = appointments.findById(id).orElseThrow(AppointmentProblems::notFound);
        if (appointment.status() == AppointmentStatus.CANCELLED) {
            return;
        }
        if (appointment.status() != AppointmentStatus.BOOKED) {
            throw AppointmentProblems.notBooked();
        }
        appointment.cancel();
        appointments.saveAndFlush(appointment);
        audit.record(appointment.beneficiaryId(), RecordType.APPOINTMENT, id, AuditAction.UPDATE, List.of("status"));
    }

    @Transactional
    AppointmentView find(UUID id) {
        Appointment appointment = appointments.findById(id).orElseThrow(AppointmentProblems::notFound);
        audit.read(appointment.beneficiaryId(), RecordType.APPOINTMENT, id);
        return appointment.view();
    }

    /** Appointments starting on the days from..to (inclusive), of one staff member or everyone. */
    @Transactional
    List<AppointmentView> list(String staff, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidField("to", "problem.range");
        }
        if (to.isAfter(from.plusDays(MAX_DAYS - 1))) {
            throw new InvalidField("to", "problem.appointment.rangeTooLong");
        }
        var start = from.atStartOfDay();
        var end = to.plusDays(1).atStartOfDay();
        List<Appointment> found = staff == null || staff.isBlank()
                ? appointments.findByStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAscIdAsc(start, end)
                : appointments.findByStaffAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAscIdAsc(
                        staff.strip(), start, end);
        audit.searched(RecordType.APPOINTMENT, found.stream().filter(a -> a.beneficiaryId() != null).toList());
        return found.stream().map(Appointment::view).toList();
    }

    /** A person's latest appointments (the record card), each audited as a search hit like the agenda's. */
    @Transactional
    List<AppointmentView> ofPerson(UUID beneficiary) {
        List<Appointment> found = appointments.findTop50ByBeneficiaryIdOrderByStartsAtDesc(beneficiary);
        audit.searched(RecordType.APPOINTMENT, found);
        return found.stream().map(Appointment::view).toList();
    }

    /** The slot that a booking clashes with, looked up after the database refused it. */
    @Transactional(readOnly = true)
    void requireFreeAfterRefusal(AppointmentRequest request, UUID self) {
        requireFree(request.slot(CurrentStaff.username()), self == null ? UUID.randomUUID() : self);
    }

    @Transactional(readOnly = true)
    Long versionOf(UUID id) {
        return appointments.findById(id).map(Appointment::version).orElse(null);
    }

    private void check(Slot slot) {
        if (slot.beneficiary() != null && !beneficiaries.exists(slot.beneficiary())) {
            throw new InvalidField("beneficiary", "problem.unknownBeneficiary");
        }
        rules.check(slot);
    }

    private void requireFree(Slot slot, UUID self) {
        appointments.staffClashes(slot.staff(), slot.start(), slot.end(), self).stream().findFirst()
                .ifPresent(other -> {
                    throw AppointmentProblems.clash(AppointmentProblems.ClashWith.STAFF, other);
                });
        if (slot.beneficiary() != null) {
            appointments.beneficiaryClashes(slot.beneficiary(), slot.start(), slot.end(), self).stream()
                    .findFirst().ifPresent(other -> {
                        throw AppointmentProblems.clash(AppointmentProblems.ClashWith.BENEFICIARY, other);
                    });
        }
    }
}
