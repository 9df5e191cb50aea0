package gr.kentra.cases.appointment;

import java.time.format.DateTimeFormatter;
import java.util.Map;

import gr.kentra.cases.system.RecordProblems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Problems of the diary; titles and details come from the message bundles. */
final class AppointmentProblems {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private AppointmentProblems() {
    }

    static ErrorResponseException notFound() {
        return RecordProblems.notFound("problem.appointment.notFound");
    }

    /** What a booking clashed with: the same staff member's or the same person's booked appointment. */
    enum ClashWith { STAFF, BENEFICIARY }

    /** 409 naming the appointment in the way (its id, times, and whose diary), never the other person's name. */
    static ErrorResponseException clash(ClashWith with, Appointment other) {
        String code = with == ClashWith.STAFF ? "problem.appointment.clash.staff" : "problem.appointment.clash.beneficiary";
        return new RecordProblems.Coded(HttpStatus.CONFLICT, "problem.appointment.clash.title", code,
                other.staff(), TIME.format(other.startsAt()), TIME.format(other.endsAt()))
                .with("clash", Map.of("with", with.name(), "appointmentId", other.id(), "staff", other.staff(),
                        "start", other.startsAt().toString(), "end", other.endsAt().toString()));
    }

    /** 409: only a booked appointment can be cancelled. */
    static ErrorResponseException notBooked() {
        return new RecordProblems.Coded(HttpStatus.CONFLICT, "problem.appointment.notBooked.title",
                "problem.appointment.notBooked");
    }
}
