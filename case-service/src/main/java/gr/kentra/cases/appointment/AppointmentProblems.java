package gr.kentra.cases.appointment;

import java.time.format.DateTimeFormatter;
import java.util.Map;

import gr.kentra.cases.system.RecordProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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
        var problem = new Titled(HttpStatus.CONFLICT, "problem.appointment.clash.title", code,
                new Object[] {other.staff(), TIME.format(other.startsAt()), TIME.format(other.endsAt())});
        problem.getBody().setProperty("clash", Map.of("with", with.name(), "appointmentId", other.id(),
                "staff", other.staff(), "start", other.startsAt().toString(), "end", other.endsAt().toString()));
        return problem;
    }

    /** 409: only a booked appointment can be cancelled. */
    static ErrorResponseException notBooked() {
        return new RecordProblems.Coded(HttpStatus.CONFLICT, "problem.appointment.notBooked.title",
                "problem.appointment.notBooked");
    }

    private static final class Titled extends ErrorResponseException {

        private final String titleCode;

        Titled(HttpStatus status, String titleCode, String detailCode, Object[] arguments) {
            super(status, ProblemDetail.forStatus(status), null, detailCode, arguments);
            this.titleCode = titleCode;
        }

        @Override
        public String getTitleMessageCode() {
            return titleCode;
        }
    }
}
