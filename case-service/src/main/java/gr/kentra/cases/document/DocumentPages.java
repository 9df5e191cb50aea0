package gr.kentra.cases.document;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.system.InvalidField;
import gr.kentra.cases.web.CentrePage;
import gr.kentra.commons.time.Athens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The person's documents page ({@code /t/{centre}/people/{id}/documents}): the documents issued, each opening
 * its PDF as issued, and a form to issue one. The same service, permissions and audit as the API.
 */
@Controller
@CentrePage
class DocumentPages {

    private final DocumentService service;
    private final Allowed allowed;
    private final MessageSource messages;

    DocumentPages(DocumentService service, Allowed allowed, MessageSource messages) {
        this.service = service;
        this.allowed = allowed;
        this.messages = messages;
    }

    @GetMapping("/t/{centre}/people/{id}/documents")
    String page(@PathVariable UUID id, @RequestParam(required = false) UUID issued, Model model) {
        allowed.require("REGISTRY_READ");
        return show(id, issued, Map.of(), Map.of(), model);
    }

    @PostMapping("/t/{centre}/people/{id}/documents")
    String issue(@PathVariable String centre, @PathVariable UUID id, @RequestParam(required = false) String type,
            @RequestParam(required = false) String recordId, @RequestParam(required = false) String language,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        allowed.require("DOCUMENT_ISSUE");
        Map<String, String> typed = new java.util.HashMap<>();
        typed.put("type", type);
        typed.put("recordId", recordId);
        typed.put("language", language);
        DocumentJson issued;
        try {
            issued = service.issue(id, new IssueDocument(documentType(type), recordId(recordId),
                    "en".equals(language) ? "en" : "el"));
        } catch (InvalidField invalid) {
            response.setStatus(422);
            return show(id, null, typed, Map.of(invalid.field(), messages.getMessage(invalid.messageCode(), null,
                    locale)), model);
        }
        String page = "/t/" + centre + "/people/" + id + "/documents?issued=" + issued.id();
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", page);
            return "pages/empty";
        }
        return "redirect:" + page;
    }

    @GetMapping("/t/{centre}/people/{id}/documents/{document}")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @PathVariable UUID document) {
        return DocumentController.pdfResponse(service.pdf(id, document));
    }

    private String show(UUID id, UUID issued, Map<String, String> typed, Map<String, String> errors, Model model) {
        DocumentService.Page page = service.page(id);
        model.addAttribute("personId", id);
        model.addAttribute("personName", page.name());
        model.addAttribute("documents", page.documents());
        model.addAttribute("issued", page.documents().stream().filter(d -> d.id().equals(issued)).findFirst()
                .orElse(null));
        model.addAttribute("mayIssue", allowed.to("DOCUMENT_ISSUE"));
        model.addAttribute("types", java.util.Arrays.stream(DocumentType.values())
                .filter(t -> allowed.to(t.readPermission())).toList());
        model.addAttribute("investigations", page.investigations());
        model.addAttribute("referrals", page.referrals());
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("labels", Map.of());
        model.addAttribute("athens", Athens.ZONE);
        return "pages/people/documents";
    }

    private static DocumentType documentType(String type) {
        try {
            return DocumentType.valueOf(type == null ? "" : type);
        } catch (IllegalArgumentException e) {
            throw new InvalidField("type", "problem.document.typeRequired");
        }
    }

    private static UUID recordId(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidField("recordId", "problem.document.recordRequired");
        }
    }
}
