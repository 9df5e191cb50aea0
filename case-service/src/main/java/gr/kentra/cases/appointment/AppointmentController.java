package gr.kentra.cases.appointment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.system.Created;
import gr.kentra.cases.system.CurrentStaff;
import gr.kentra.cases.system.RecordProblems;
import gr.kentra.commons.time.Athens;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The centre's diary: appointments of staff members with people, and walk-in slots. Local (Athens) time. */
@RestController
@RequestMapping("/api/appointments")
class AppointmentController {

    private static final ZoneId ATHENS = Athens.ZONE;
    private static final String EXAMPLE = """
            {"id":"9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a","staff":"eleni.psy",
             "beneficiary":"7c1d2a8e-4b3f-4a55-9a43-1f0c2d3e4f50","start":"2026-03-02T13:30:00",
             "end":"2026-03-02T14:15:00","purpose":"Συνεδρία υποστήριξης","status":"BOOKED",
             "bookedBy":"anna.admin","version":0}""";
    private static final String CLASH_EXAMPLE = """
            {"type":"about:blank","title":"Double booking","status":409,
             "detail":"eleni.psy already has an appointment from 2026-03-02 13:00 to 2026-03-02 14:00.",
             "clash":{"with":"STAFF","appointmentId":"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d","staff":"eleni.psy",
                      "start":"2026-03-02T13:00","end":"2026-03-02T14:00"}}""";

    private final AppointmentService service;

    AppointmentController(AppointmentService service) {
        this.service = service;
    }

    @Operation(summary = "Appointments of one day (date) or of the days from..to (inclusive, at most 62), "
            + "optionally of one staff member; today when no day is given")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject("[" + EXAMPLE + "]")))
    @GetMapping
    List<AppointmentView> list(@Parameter(example = "eleni.psy") @RequestParam(required = false) String staff,
            @Parameter(example = "2026-03-02") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Parameter(example = "2026-03-02") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(example = "2026-03-06") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate first = date != null ? date : from != null ? from : to != null ? to : today();
        LocalDate last = date != null ? date : to != null ? to : first;
        return service.list(staff, first, last);
    }

    @Operation(summary = "The caller's own appointments of a day (today by default)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(
            "{\"date\":\"2026-03-02\",\"staff\":\"eleni.psy\",\"appointments\":[" + EXAMPLE + "]}")))
    @GetMapping("/agenda")
    AppointmentView.Day agenda(@Parameter(example = "2026-03-02") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate day = date == null ? today() : date;
        String me = CurrentStaff.username();
        return new AppointmentView.Day(day, me, service.list(me, day, day));
    }

    @Operation(summary = "Book: quarter-hour grid, 15–120 minutes, inside opening hours and outside the walk-in "
            + "window; 409 naming the clash when the staff member or the person is already booked")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @ApiResponse(responseCode = "409", content = @Content(examples = @ExampleObject(CLASH_EXAMPLE)))
    @PostMapping
    ResponseEntity<AppointmentView> book(@Valid @RequestBody AppointmentRequest request) {
        AppointmentView created;
        try {
            created = service.book(request);
        } catch (DataIntegrityViolationException e) {
            throw clashOr(e, request, null);
        }
        return Created.at(created.id(), created);
    }

    @Operation(summary = "One appointment")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @GetMapping("/{id}")
    AppointmentView show(@PathVariable UUID id) {
        return service.find(id);
    }

    @Operation(summary = "Move, reassign or mark (ATTENDED, NO_SHOW, CANCELLED) an appointment; send the version "
            + "you read (409 with currentVersion if stale)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @ApiResponse(responseCode = "409", content = @Content(examples = @ExampleObject(CLASH_EXAMPLE)))
    @PutMapping("/{id}")
    AppointmentView update(@PathVariable UUID id, @Valid @RequestBody AppointmentRequest request) {
        try {
            return RecordProblems.unlessStale(() -> service.update(id, request), () -> service.versionOf(id));
        } catch (DataIntegrityViolationException e) {
            throw clashOr(e, request, id);
        }
    }

    @Operation(summary = "Cancel; the appointment stays in the diary with status CANCELLED")
    @ApiResponse(responseCode = "204")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> cancel(@PathVariable UUID id) {
        service.cancel(id);
        return ResponseEntity.noContent().build();
    }

    /**
     * Two bookings raced past the application's check and the database's exclusion constraint refused one:
     * answer it like the check would have, naming the booking that won.
     */
    private RuntimeException clashOr(DataIntegrityViolationException e, AppointmentRequest request, UUID self) {
        try {
            service.requireFreeAfterRefusal(request, self);
        } catch (ErrorResponseException clash) {
            return clash;
        }
        return e;
    }

    private static LocalDate today() {
        return LocalDate.now(ATHENS);
    }
}
