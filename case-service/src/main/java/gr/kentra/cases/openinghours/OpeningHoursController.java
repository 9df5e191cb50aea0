package gr.kentra.cases.openinghours;

import gr.kentra.cases.system.Bounds;
import gr.kentra.cases.system.RecordProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The centre's opening hours: every staff member reads them, the coordinator sets them. */
@RestController
@RequestMapping("/api/opening-hours")
class OpeningHoursController {

    private static final String EXAMPLE = """
            {"days":[{"day":"MONDAY","opens":"08:00","closes":"16:00","walkInFrom":"09:00","walkInTo":"13:00"},
                     {"day":"TUESDAY","opens":"08:00","closes":"16:00","walkInFrom":null,"walkInTo":null}],
             "updatedAt":"2026-03-02T09:15:00Z","updatedBy":"kostas.coord","version":1}""";

    private final OpeningHoursService service;

    OpeningHoursController(OpeningHoursService service) {
        this.service = service;
    }

    @Operation(summary = "Opening hours per weekday with the walk-in window; a missing day is closed")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @GetMapping
    OpeningHoursView week() {
        return service.week();
    }

    @Operation(summary = "Replace the week (coordinator); send the version you read (409 with currentVersion if stale)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @PutMapping
    OpeningHoursView replace(@Validated(Bounds.First.class) @RequestBody OpeningHoursRequest request) {
        return RecordProblems.unlessStale(() -> service.replace(request), () -> service.versionOf());
    }
}
