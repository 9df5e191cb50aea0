package gr.kentra.cases.gdpr.api;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import gr.kentra.cases.gdpr.processing.RecordOfProcessing;
import gr.kentra.cases.gdpr.processing.RecordsOfProcessing;
import gr.kentra.cases.gdpr.processing.RecordsOfProcessingHtml;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The centre's record of processing (GDPR Art. 30) for the coordinator to hand to the municipality's DPO. */
@RestController
class RecordsOfProcessingController {

    private final RecordsOfProcessing records;
    private final RecordsOfProcessingHtml html;

    RecordsOfProcessingController(RecordsOfProcessing records, RecordsOfProcessingHtml html) {
        this.records = records;
        this.html = html;
    }

    @Operation(summary = "Record of processing activities (GDPR Art. 30), generated from the catalogue of personal"
            + " data; JSON, or a printable page with Accept: text/html, in the reader's language")
    @ApiResponse(responseCode = "200", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject("""
                {"generatedAt":"2026-03-02T09:15:00Z","controller":"…","purposes":["…"],
                 "legalBases":[{"basis":"PUBLIC_TASK_SOCIAL_CARE","article6":"GDPR Art. 6(1)(e)",
                  "article9":"GDPR Art. 9(2)(h)","description":"…"}],
                 "keptByLaw":[{"table":"beneficiary","columns":["consent_date"],"law":"GDPR Art. 7(1): …"}],
                 "categories":[{"category":"identity","tables":[{"table":"beneficiary",
                  "erasedOnRequest":["first_name","amka"],"keptCoded":["gender"],"keptByLaw":["consent_date"]}],
                  "recipients":["…"],"retention":"…"}],"dataSubjects":["…"]}""")),
        @Content(mediaType = MediaType.TEXT_HTML_VALUE)})
    @GetMapping("/api/gdpr/records-of-processing")
    ResponseEntity<?> recordsOfProcessing(
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Locale locale) {
        RecordOfProcessing record = records.build(locale);
        if (GdprController.prefersHtml(accept)) {
            return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline").body(html.render(record, locale));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(record);
    }
}
