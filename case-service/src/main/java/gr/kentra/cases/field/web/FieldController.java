package gr.kentra.cases.field.web;

import java.util.List;
import java.util.UUID;

import gr.kentra.cases.field.checkout.Checkouts;
import gr.kentra.cases.field.checkout.VisitList;
import gr.kentra.cases.field.conflict.Conflicts;
import gr.kentra.cases.field.sync.Synchronisation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The field kit's API: visit lists, the synchronisation of its operation log, and the conflicts it left. */
@RestController
@RequestMapping("/api/field")
class FieldController {

    /** The body of a checkout: the places (villages, settlements, districts) of the route. */
    record CheckoutRequest(List<String> places) {
    }

    /** The body of a synchronisation: the kit's operation log, oldest first. */
    record SyncRequest(List<gr.kentra.cases.field.sync.Operation> operations) {
    }

    private final Checkouts checkouts;
    private final Synchronisation synchronisation;
    private final Conflicts conflicts;

    FieldController(Checkouts checkouts, Synchronisation synchronisation, Conflicts conflicts) {
        this.checkouts = checkouts;
        this.synchronisation = synchronisation;
        this.conflicts = conflicts;
    }

    @Operation(summary = "How many people and requests a route's visit list holds and its size, before download")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject("""
            {"places":["Μεσενικόλας"],"people":42,"requests":17,"bytes":48211,"maxBytes":5000000,"allowed":true}""")))
    @GetMapping("/checkouts/preview")
    VisitList.Preview preview(@RequestParam(required = false) List<String> places) {
        return checkouts.preview(places);
    }

    @Operation(summary = "Check out the visit list of a route: its people and their open requests (audited)")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject("""
            {"checkoutId":"5d2f…","places":["Μεσενικόλας"],"madeAt":"2026-12-06T07:30:00Z",
             "people":[{"id":"7c1d…","version":2,"fields":{"firstName":"Ελένη","lastName":"Γεωργίου",
               "dateOfBirth":"1944-05-01","gender":"FEMALE","address":"Κεντρική 3, Μεσενικόλας"}}],
             "requests":[{"id":"91ab…","beneficiaryId":"7c1d…","type":"HOUSING_ALLOWANCE","channel":"WALK_IN",
               "receivedOn":"2026-11-20","description":"…","status":"IN_PROGRESS","version":1}]}""")))
    @ApiResponse(responseCode = "422", content = @Content(examples = @ExampleObject("""
            {"title":"Visit list too large","status":422,"detail":"The visit list of these places would be 6120 KB \
            (2301 people), more than the 4882 KB a field device may take. Choose fewer places.","bytes":6266880,\
            "maxBytes":5000000,"people":2301}""")))
    @PostMapping("/checkouts")
    @ResponseStatus(HttpStatus.CREATED)
    VisitList checkout(@RequestBody CheckoutRequest request) {
        return checkouts.checkout(request.places());
    }

    @Operation(summary = "Synchronise the field kit's operation log; one result per operation")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject("""
            {"syncedAt":"2026-12-06T15:02:00Z","results":[
             {"opId":"0b9e…","outcome":"APPLIED","replayed":false,"id":"7c1d…","version":3},
             {"opId":"1c2d…","outcome":"CONFLICT","replayed":false,"id":"7c1d…","version":4,
              "mergedFields":["email"],"conflictId":"44aa…"},
             {"opId":"2d3e…","outcome":"REFUSED","replayed":false,"problem":{"title":"Invalid fields","status":400,
              "errors":[{"field":"amka","message":"is not a valid AMKA"}]}}]}""")))
    @PostMapping("/sync")
    Synchronisation.Answer sync(@RequestBody SyncRequest request) {
        return synchronisation.sync(request.operations());
    }

    @Operation(summary = "The open conflicts of synchronised edits, both values side by side")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject("""
            [{"id":"44aa…","beneficiaryId":"7c1d…","opId":"1c2d…","baseVersion":2,
              "fields":{"phone":{"mine":"+30 6912345678","theirs":"+30 2441 000111"}},"madeBy":"maria",
              "madeAt":"2026-12-06T09:40:00Z","createdAt":"2026-12-06T15:02:00Z","status":"OPEN"}]""")))
    @GetMapping("/conflicts")
    List<Conflicts.View> conflicts() {
        return conflicts.open();
    }

    @Operation(summary = "Decide a conflict field by field: MINE (the field kit's value) or THEIRS (the centre's)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject("""
            {"id":"44aa…","beneficiaryId":"7c1d…","status":"RESOLVED","resolvedBy":"kostas",
             "fields":{"phone":{"mine":"+30 6912345678","theirs":"+30 2441 000111"}},"choices":{"phone":"MINE"},
             "beneficiaryVersion":5}""")))
    @PostMapping("/conflicts/{id}/resolve")
    Conflicts.View resolve(@PathVariable UUID id, @RequestBody Conflicts.Resolution resolution) {
        return conflicts.resolve(id, resolution);
    }
}
