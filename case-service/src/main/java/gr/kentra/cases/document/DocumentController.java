package gr.kentra.cases.document;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The documents the centre issues about a person: attestation of registration, investigation report, referral letter. */
@RestController
@RequestMapping("/api/beneficiaries/{beneficiary}/documents")
class DocumentController {

    private static final String EXAMPLE = """
            {"id":"0b5d3c1e-9a7f-4e2b-8c6d-1f2e3a4b5c6d","beneficiaryId":"7c1d2a8e-4b3f-4a55-9a43-1f0c2d3e4f50",
             "type":"REGISTRATION_ATTESTATION","recordId":null,"protocol":"17/2026","protocolYear":2026,
             "protocolNumber":17,"language":"el","issuedAt":"2026-12-06T09:30:00Z","issuedBy":"maria",
             "sha256":"9f2c…","pdf":"/api/beneficiaries/7c1d2a8e-4b3f-4a55-9a43-1f0c2d3e4f50/documents/0b5d3c1e-9a7f-4e2b-8c6d-1f2e3a4b5c6d",
             "verificationCode":"moschato-tavros.K7QM2-XD9PA-3FG8H-TT4R1-ZZ9QW",
             "verifyUrl":"https://kentra.example/verify/moschato-tavros.K7QM2-XD9PA-3FG8H-TT4R1-ZZ9QW"}""";

    private static final String LISTED = """
            {"id":"0b5d3c1e-9a7f-4e2b-8c6d-1f2e3a4b5c6d","beneficiaryId":"7c1d2a8e-4b3f-4a55-9a43-1f0c2d3e4f50",
             "type":"REFERRAL_LETTER","recordId":"5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716","protocol":"18/2026",
             "protocolYear":2026,"protocolNumber":18,"language":"el","issuedAt":"2026-12-06T09:40:00Z",
             "issuedBy":"maria","sha256":"3b1a…","pdf":"/api/beneficiaries/7c1d2a8e-4b3f-4a55-9a43-1f0c2d3e4f50/documents/0b5d3c1e-9a7f-4e2b-8c6d-1f2e3a4b5c6d",
             "verificationCode":null,"verifyUrl":null}""";

    private final DocumentService service;

    DocumentController(DocumentService service) {
        this.service = service;
    }

    @Operation(summary = "Issue a document (PDF/A, Greek unless language is en) with the next protocol number of the"
            + " year and a verification code, given only in this answer; audited, on the person's timeline")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(EXAMPLE)))
    @PostMapping
    ResponseEntity<DocumentJson> issue(@PathVariable("beneficiary") UUID person, @Valid @RequestBody IssueDocument request) {
        DocumentJson issued = service.issue(person, request);
        return ResponseEntity.created(java.net.URI.create(issued.pdf())).body(issued);
    }

    @Operation(summary = "The person's issued documents, newest first (those the reader may open), without their codes")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject("[" + LISTED + "]")))
    @GetMapping
    List<DocumentJson> list(@PathVariable("beneficiary") UUID person) {
        return service.list(person);
    }

    @Operation(summary = "The PDF as it was issued (audited as a read); 410 once erasure removed it")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
            examples = @ExampleObject("%PDF-1.7 … (PDF/A-3u, fonts embedded)")))
    @GetMapping("/{id}")
    ResponseEntity<byte[]> pdf(@PathVariable("beneficiary") UUID person, @PathVariable UUID id) {
        IssuedDocument document = service.pdf(person, id);
        return pdfResponse(document);
    }

    static ResponseEntity<byte[]> pdfResponse(IssuedDocument document) {
        String name = document.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-"
                + document.protocolNumber() + "-" + document.protocolYear() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(document.pdf());
    }
}
