package gr.kentra.cases.directory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import gr.kentra.cases.system.RecordProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The services directory: the region's shared entries and the centre's private ones, and the same as Open Referral
 * HSDS 3.0 JSON for other systems (export, and an import that is all or nothing and idempotent on ids).
 */
@RestController
@RequestMapping("/api/directory")
class DirectoryController {

    private static final String EXAMPLE = """
            {"id":"5b0f3c1e-8a2d-4c6b-9e7f-1a2b3c4d5e6f","scope":"REGIONAL","name":"Κοινωνικό Φαρμακείο Περιφέρειας",
             "kind":"MUNICIPAL_SOCIAL_PHARMACY","description":null,"active":true,
             "organizationId":"0c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f","organizationName":"Περιφέρεια Αττικής",
             "organizationDescription":null,"phone":"213 2063 000","email":"pharmacy@example.gr",
             "serviceAreas":[{"id":"4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d","name":"Αττική","description":null}],
             "eligibilityDescription":"Ανασφάλιστοι","minimumAge":18,"maximumAge":null,
             "locations":[{"id":"1d2e3f4a-5b6c-4d7e-8f90-a1b2c3d4e5f6","address":"Συγγρού 15","city":"Αθήνα",
             "postalCode":"11743"},{"id":"2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b","address":"Πειραιώς 100",
             "city":"Μοσχάτο","postalCode":"18345"}],
             "contacts":[{"id":"3f4a5b6c-7d8e-4f9a-8b1c-2d3e4f5a6b7c","name":"Γραμματεία","phone":"213 2063 001",
             "email":"grammateia@example.gr"}],"version":0}""";

    private static final String HSDS_EXAMPLE = """
            {"total_items":1,"total_pages":1,"page_number":1,"size":1,"first_page":true,"last_page":true,
             "empty":false,"contents":[{"id":"0c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f","name":"Περιφέρεια Αττικής",
             "services":[{"id":"5b0f3c1e-8a2d-4c6b-9e7f-1a2b3c4d5e6f",
             "organization_id":"0c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f","name":"Κοινωνικό Φαρμακείο Περιφέρειας",
             "status":"active","minimum_age":18,"phones":[{"id":"8f5e8c0a-7d0e-3c57-9b9e-2c1f0e6a1b2c",
             "service_id":"5b0f3c1e-8a2d-4c6b-9e7f-1a2b3c4d5e6f","number":"213 2063 000"}],
             "service_areas":[{"id":"4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d",
             "service_id":"5b0f3c1e-8a2d-4c6b-9e7f-1a2b3c4d5e6f","name":"Αττική"}]}]}]}""";
    private static final String IMPORT_PROBLEM = """
            {"type":"about:blank","title":"The HSDS file was not imported","status":400,
             "detail":"The file has 1 problem(s); nothing was imported.",
             "errors":[{"pointer":"/contents/0/services/0/name","message":"must not be empty"}]}""";

    private final ServiceDirectory directory;
    private final MessageSource messages;

    DirectoryController(ServiceDirectory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    @Operation(summary = "The region's services and the centre's own, by name; ?type=, ?area=, ?q= (accents ignored) "
            + "and ?scope=REGIONAL|PRIVATE narrow it; deactivated entries only with ?inactive=true")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject("[" + EXAMPLE + "]")))
    @GetMapping("/services")
    List<DirectoryEntry> list(@RequestParam(required = false) PartnerKind type,
            @RequestParam(required = false) String area, @RequestParam(required = false) String q,
            @RequestParam(required = false) DirectoryScope scope,
            @RequestParam(defaultValue = "false") boolean inactive) {
        return directory.list(new ServiceDirectory.Filter(type, area, q, scope, inactive));
    }

    @Operation(summary = "Edit an entry of the centre's region (coordinators) on the version read: 409 if it changed "
            + "meanwhile, 404 for another region's entry or a centre's own (edit those as partners)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @PutMapping("/services/{id}")
    DirectoryEntry edit(@PathVariable UUID id, @Valid @RequestBody DirectoryEdit edit) {
        return directory.editRegional(id, edit.version(), edit::applyTo);
    }

    @Operation(summary = "Deactivate (or reactivate) an entry of the centre's region (coordinators) on the version "
            + "read: it leaves the lists (?inactive=true shows it) and the referral form; old referrals keep it")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @PatchMapping("/services/{id}")
    DirectoryEntry activate(@PathVariable UUID id, @Valid @RequestBody DirectoryActivation change) {
        return directory.editRegional(id, change.version(), e -> e.withActive(change.active()));
    }

    @Operation(summary = "Add a service: PRIVATE (the default) for this centre, REGIONAL for the region (coordinators)")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @PostMapping("/services")
    ResponseEntity<DirectoryEntry> add(@Valid @RequestBody DirectoryForm form) {
        return ResponseEntity.status(HttpStatus.CREATED).body(directory.add(form));
    }

    @Operation(summary = "The directory as Open Referral HSDS 3.0 JSON: organizations with their locations and "
            + "services; ?scope=REGIONAL|PRIVATE for one of the two")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(HSDS_EXAMPLE)))
    @GetMapping("/hsds")
    Map<String, Object> export(@RequestParam(required = false) DirectoryScope scope, Locale locale) {
        return Hsds.export(directory.entries(scope),
                kind -> messages.getMessage("partnerKind." + kind.name(), null, kind.name(), locale));
    }

    @Operation(summary = "Import an HSDS 3.0 file into the centre's private entries (the default) or the region's "
            + "(?scope=REGIONAL, coordinators): all or nothing, a problem per bad entry; the same ids replace")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(
            "{\"imported\":1,\"scope\":\"PRIVATE\"}")))
    @ApiResponse(responseCode = "400", content = @Content(examples = @ExampleObject(IMPORT_PROBLEM)))
    @PostMapping("/hsds")
    // scope before the body: arguments resolve in order, so a wrong scope is named even when the body is missing.
    Map<String, Object> importFile(@RequestParam(defaultValue = "PRIVATE") DirectoryScope scope,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            schema = @Schema(type = "object", description = "An HSDS 3.0 file: an array of organizations, or a page "
                    + "of them under contents"))) @RequestBody JsonNode body, Locale locale) {
        HsdsImport.Result read = HsdsImport.read(body);
        List<HsdsImport.Problem> problems = read.problems().isEmpty()
                ? directory.importEntries(read.entries(), scope, read.pointers())
                : read.problems();
        if (!problems.isEmpty()) {
            RecordProblems.Coded refused = new RecordProblems.Coded(HttpStatus.BAD_REQUEST, "problem.hsds.title",
                    "problem.hsds.invalid", problems.size());
            refused.getBody().setProperty("errors", problems.stream().map(p -> Map.of("pointer", p.pointer(),
                    "field", field(p.pointer()), "message", messages.getMessage(p.code(), null, locale))).toList());
            throw refused;
        }
        return Map.of("imported", read.entries().size(), "scope", scope.name());
    }

    /** The pointer as the platform's problems name a field: {@code /contents/0/name} is {@code contents[0].name}. */
    static String field(String pointer) {
        StringBuilder field = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            String name = part.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit)) {
                field.append('[').append(name).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(name);
            }
        }
        return field.toString();
    }
}
