package gr.kentra.cases.appointment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import gr.kentra.cases.system.FollowUpDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The booking form of the card: a day typed the Greek way and two times, turned into the API's
 * {@link AppointmentRequest}, whose rules (grid, length, opening hours, clashes) the service then applies.
 */
record BookingForm(
        @NotNull @FollowUpDate LocalDate date,
        @NotNull LocalTime start,
        @NotNull LocalTime end,
        @Size(max = 255) String staff,
        @Size(max = 500) String purpose) {

    AppointmentRequest request(UUID beneficiary) {
        return new AppointmentRequest(staff, beneficiary, date.atTime(start), date.atTime(end), purpose, null, null);
    }
}
