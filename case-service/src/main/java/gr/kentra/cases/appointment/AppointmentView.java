package gr.kentra.cases.appointment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** An appointment; {@code beneficiary} is null for a walk-in slot. Times are the centre's local time. */
record AppointmentView(UUID id, String staff, UUID beneficiary, LocalDateTime start, LocalDateTime end,
        String purpose, AppointmentStatus status, String bookedBy, Long version) {

    record Day(LocalDate date, String staff, List<AppointmentView> appointments) {
    }
}
