package gr.kentra.cases.gdpr.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import gr.kentra.cases.gdpr.catalogue.KeptByLaw;
import gr.kentra.cases.gdpr.catalogue.PersonalData;
import gr.kentra.cases.gdpr.erasure.Erasure;
import gr.kentra.cases.gdpr.export.ExportHtml;
import gr.kentra.cases.gdpr.export.PersonalDataExport;
import gr.kentra.cases.gdpr.retention.Retention;
import gr.kentra.cases.gdpr.retention.RetentionDue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The person's rights under GDPR: export (Art. 15), erasure (Art. 17) and the retention list. */
@RestController
class GdprController {

    private final PersonalDataExport export;
    private final ExportHtml html;
    private final Erasure erasure;
    private final Retention retention;

    GdprController(PersonalDataExport export, ExportHtml html, Erasure erasure, Retention retention) {
        this.export = export;
        this.html = html;
        this.erasure = erasure;
        this.retention = retention;
    }

    @Operation(summary = "Everything the centre holds on the person (GDPR Art. 15), audited as EXPORT; JSON, or a"
            + " printable page with Accept: text/html. Counselling notes are withheld (each session says why and"
            + " sessionNotesNotice how to ask for them); a coordinator opens them by break-glass.")
    @ApiResponse(responseCode = "200", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject("""
                {"exportedAt":"2026-03-02T09:15:00Z","exportedBy":"maria",
                 "identity":{"id":"7c1d…","firstName":"Ελένη","lastName":"Γεωργίου","amka":"01018012345",
                  "status":"ACTIVE","consent":{"given":true,"date":"2026-01-10","legalBasis":"CONSENT"}},
                 "household":[{"relation":"CHILD","yearOfBirth":2012}],"socialHistory":[{"version":1,"text":"…"}],
                 "profile":{"employmentStatus":"UNEMPLOYED"},"assessments":[],"requests":[],
                 "referrals":[{"partnerName":"Κοινωνικό Παντοπωλείο του Δήμου","status":"SENT"}],
                 "sessions":[{"type":"INDIVIDUAL","notes":null,"notesWithheld":"BREAK_GLASS_REQUIRED"}],
                 "sessionNotesIncluded":false,"sessionNotesNotice":"…","appointments":[],
                 "auditTrail":[{"occurredAt":"2026-03-02T09:15:00Z","actor":"maria","action":"EXPORT"}]}""")),
        @Content(mediaType = MediaType.TEXT_HTML_VALUE)})
    @GetMapping("/api/beneficiaries/{beneficiary}/export")
    ResponseEntity<?> export(@PathVariable UUID beneficiary,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Locale locale) {
        return answer(export.export(beneficiary, null, locale), accept, locale);
    }

    @Operation(summary = "Break-glass export (coordinators): the export with the notes of the sessions the person"
            + " attended alone, giving a reason (20-500 characters) kept as BREAK_GLASS in the audit trail of each"
            + " session opened. Notes of group and family sessions are about others and never included (Art. 15(4)).")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            examples = @ExampleObject("""
                    {"identity":{"id":"7c1d…","firstName":"Ελένη"},"sessionNotesIncluded":true,
                     "sessions":[{"type":"INDIVIDUAL","notes":"Δεύτερη συνάντηση…"},
                      {"type":"GROUP","notes":null,"notesWithheld":"ABOUT_OTHERS"}],"sessionNotesNotice":"…"}""")))
    @PostMapping("/api/beneficiaries/{beneficiary}/export/break-glass")
    ResponseEntity<?> breakGlassExport(@PathVariable UUID beneficiary,
            @Valid @RequestBody ExportBreakGlassRequest request,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Locale locale) {
        return answer(export.export(beneficiary, request.reason().strip(), locale), accept, locale);
    }

    private ResponseEntity<?> answer(PersonalData data, String accept, Locale locale) {
        if (prefersHtml(accept)) {
            return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                    .body(html.render(data, locale));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(data);
    }

    @Operation(summary = "Erase the person's identity (GDPR Art. 17) with a reason of 10-500 characters, in the"
            + " body or as ?reason=; the record stays as an ERASED stub. Erasing twice is a 409. 204 when nothing"
            + " is kept; 200 naming the records a law keeps whole (e.g. a completed social investigation) and why.")
    @ApiResponse(responseCode = "204")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject("""
            {"keptByLaw":[{"record":"social_investigation","id":"5b2e…","fields":["findings","conclusion",
              "cancelReason","requestedBy"],"legalBasis":"GDPR Art. 17(3)(b) and (e): …"}]}""")))
    @ApiResponse(responseCode = "409", content = @Content(examples = @ExampleObject("""
            {"type":"about:blank","title":"Already erased","status":409,
             "detail":"This person's identity has already been erased."}""")))
    @DeleteMapping("/api/beneficiaries/{id}")
    ResponseEntity<ErasureAnswer> erase(@PathVariable UUID id,
            @Parameter(example = "Αίτημα διαγραφής του υποκειμένου, άρθρο 17 ΓΚΠΔ")
            @RequestParam(required = false) String reason,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
                    {"reason":"Αίτημα διαγραφής του υποκειμένου, άρθρο 17 ΓΚΠΔ"}""")))
            @RequestBody(required = false) ErasureRequest body) {
        List<KeptByLaw> kept = erasure.erase(id, body != null && body.reason() != null ? body.reason() : reason);
        // Nothing kept: nothing to say. Otherwise the person is told what stays and under which law.
        return kept.isEmpty() ? ResponseEntity.noContent().build() : ResponseEntity.ok(new ErasureAnswer(kept));
    }

    @Operation(summary = "People whose record saw no activity for the retention period"
            + " (kentra.retention.inactive-years), oldest activity first; nothing is deleted automatically")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject("""
            {"items":[{"id":"7c1d…","firstName":"Ελένη","lastName":"Γεωργίου","status":"INACTIVE",
              "registeredOn":"2017-03-01","lastActivity":"2019-06-12","href":"/api/beneficiaries/7c1d…"}],
             "page":0,"size":20,"total":1,"inactiveYears":5,"inactiveSince":"2021-11-25"}""")))
    @GetMapping("/api/beneficiaries/retention-due")
    RetentionDue.Page retentionDue(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return retention.due(page, size);
    }

    /** HTML when the client ranks text/html above JSON; JSON otherwise, and by default. */
    static boolean prefersHtml(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        types.removeIf(type -> type.getQualityValue() == 0);
        types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : types) {
            if (type.isWildcardType() || MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
                return false;
            }
            if (type.includes(MediaType.TEXT_HTML)) {
                return true;
            }
        }
        return false;
    }
}
