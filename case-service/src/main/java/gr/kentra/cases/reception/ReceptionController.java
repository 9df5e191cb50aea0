package gr.kentra.cases.reception;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.system.RecordProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The reception's walk-in queue: check in, waiting, seen (or left). */
@RestController
@RequestMapping("/api/walk-ins")
class ReceptionController {

    private final ReceptionService service;

    ReceptionController(ReceptionService service) {
        this.service = service;
    }

    @Operation(summary = "The day's walk-ins in order of arrival (default: today, the centre's day)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject("""
            [{"id":"5b2e…","beneficiaryId":"7c1d…","purpose":"Αίτηση επιδόματος στέγασης","status":"WAITING",
             "arrivedAt":"2026-03-02T08:40:00Z","checkedInBy":"anna","seenAt":null,"seenBy":null,"version":0}]""")))
    @GetMapping
    List<WalkInView> day(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return service.day(date == null ? LocalDate.now(ReceptionService.CENTRE_ZONE) : date);
    }

    @Operation(summary = "Check a registered person in: they wait until seen; 409 if already waiting today")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject("""
            {"id":"5b2e…","beneficiaryId":"7c1d…","purpose":"Αίτηση επιδόματος στέγασης","status":"WAITING",
             "arrivedAt":"2026-03-02T08:40:00Z","checkedInBy":"anna","seenAt":null,"seenBy":null,"version":0}""")))
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    WalkInView checkIn(@Valid @RequestBody CheckIn checkIn) {
        return service.checkIn(checkIn);
    }

    @Operation(summary = "WAITING → SEEN (by the caller) or LEFT; send the version you read")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject("""
            {"id":"5b2e…","beneficiaryId":"7c1d…","purpose":"Αίτηση επιδόματος στέγασης","status":"SEEN",
             "arrivedAt":"2026-03-02T08:40:00Z","checkedInBy":"anna","seenAt":"2026-03-02T09:05:00Z","seenBy":"maria","version":1}""")))
    @PostMapping("/{id}/transitions")
    WalkInView transition(@PathVariable UUID id, @Valid @RequestBody WalkInTransition transition) {
        return RecordProblems.unlessStale(() -> service.transition(id, transition), () -> service.versionOf(id));
    }
}
