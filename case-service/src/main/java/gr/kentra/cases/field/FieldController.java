package gr.kentra.cases.field;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
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
    record SyncRequest(List<gr.kentra.cases.field.Operation> operations) {
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
    @GetMapping("/checkouts/preview")
    VisitList.Preview preview(@RequestParam(required = false) List<String> places) {
        return checkouts.preview(places);
    }

    @Operation(summary = "Check out the visit list of a route: its people and their open requests (audited)")
    @PostMapping("/checkouts")
    @ResponseStatus(HttpStatus.CREATED)
    VisitList checkout(@RequestBody CheckoutRequest request) {
        return checkouts.checkout(request.places());
    }

    @Operation(summary = "Synchronise the field kit's operation log; one result per operation")
    @PostMapping("/sync")
    Synchronisation.Answer sync(@RequestBody SyncRequest request) {
        return synchronisation.sync(request.operations());
    }

    @Operation(summary = "The open conflicts of synchronised edits, both values side by side")
    @GetMapping("/conflicts")
    List<Conflicts.View> conflicts() {
        return conflicts.open();
    }

    @Operation(summary = "Decide a conflict field by field: MINE (the field kit's value) or THEIRS (the centre's)")
    @PostMapping("/conflicts/{id}/resolve")
    Conflicts.View resolve(@PathVariable UUID id, @RequestBody Conflicts.Resolution resolution) {
        return conflicts.resolve(id, resolution);
    }
}
