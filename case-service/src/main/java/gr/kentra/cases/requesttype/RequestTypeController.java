package gr.kentra.cases.requesttype;

import java.util.List;
import java.util.Locale;

import gr.kentra.cases.system.RecordProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The centre's catalogue of request types: the standard ones and its own. */
@RestController
@RequestMapping("/api/request-types")
class RequestTypeController {

    private static final String EXAMPLE = """
            {"code":"HOUSING_ALLOWANCE","label":"Επίδομα στέγασης","labelEl":"Επίδομα στέγασης",
             "labelEn":"Housing allowance","standard":true,"active":true,"version":0}""";

    private final RequestTypeService service;

    RequestTypeController(RequestTypeService service) {
        this.service = service;
    }

    @Operation(summary = "The catalogue, standard types first; label in the caller's language; ?active=true|false")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject("[" + EXAMPLE + "]")))
    @GetMapping
    List<RequestTypeView> list(@RequestParam(required = false) Boolean active, Locale locale) {
        return service.list(active, locale);
    }

    @Operation(summary = "Add a type of this centre; 409 if the code exists")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject("""
            {"code":"SCHOOL_MEALS","label":"Σχολικά γεύματα","labelEl":"Σχολικά γεύματα","labelEn":"School meals",
             "standard":false,"active":true,"version":0}""")))
    @PostMapping
    ResponseEntity<RequestTypeView> add(@Valid @RequestBody NewRequestType request, Locale locale) {
        RequestTypeView created;
        try {
            created = service.add(request, locale);
        } catch (DataIntegrityViolationException e) {
            // Two coordinators added the same code at once; the primary key decided.
            throw RequestTypeService.duplicate(request.code());
        }
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{code}")
                .buildAndExpand(created.code()).toUri();
        return ResponseEntity.created(location).body(created);
    }

    @Operation(summary = "Relabel, deactivate (active=false) or reactivate a type; send the version you read")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @PutMapping("/{code}")
    RequestTypeView change(@PathVariable String code, @Valid @RequestBody RequestTypeChange change, Locale locale) {
        return RecordProblems.unlessStale(() -> service.change(code, change, locale), () -> service.versionOf(code));
    }
}
