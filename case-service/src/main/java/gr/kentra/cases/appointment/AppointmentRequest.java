package gr.kentra.cases.appointment;

import java.time.LocalDateTime;
import java.util.UUID;

import gr.kentra.cases.system.FollowUpDate;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of POST and PUT. {@code staff} defaults to the caller on POST and to the booked staff member on PUT; without a {@code beneficiary} the slot is a
 * walk-in slot and needs a {@code purpose}. PUT needs the {@code version} and may change the {@code status}.
 */
@Schema(example = """
        {"staff":"eleni.psy","beneficiary":"7c1d2a8e-4b3f-4a55-9a43-1f0c2d3e4f50","start":"2026-03-02T13:30",
         "end":"2026-03-02T14:15","purpose":"Συνεδρία υποστήριξης"}""")
record AppointmentRequest(
        @Size(max = 255) String staff,
        UUID beneficiary,
        @NotNull @FollowUpDate LocalDateTime start,
        @NotNull @FollowUpDate LocalDateTime end,
        @Size(max = 500) String purpose,
        AppointmentStatus status,
        Long version) {

    /** The slot asked for; without a {@code staff} member, {@code defaultStaff}'s. */
    Slot slot(String defaultStaff) {
        String who = staff == null || staff.isBlank() ? defaultStaff : staff.strip();
        String why = purpose == null || purpose.isBlank() ? null : purpose.strip();
        return new Slot(who, beneficiary, start, end, why);
    }
}
