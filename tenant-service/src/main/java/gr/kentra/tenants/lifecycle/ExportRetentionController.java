package gr.kentra.tenants.lifecycle;

import java.net.URI;
import java.util.List;
import java.util.Map;

import gr.kentra.tenants.lifecycle.ExportRetentionRecords.DecisionLine;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The platform administrator's retention review of archived centres' exports (under /admin: platform admins only). */
@RestController
class ExportRetentionController {

    record Items<T>(List<T> items) {
    }

    private final ExportRetention retention;
    private final MessageSource messages;

    ExportRetentionController(ExportRetention retention, MessageSource messages) {
        this.retention = retention;
        this.messages = messages;
    }

    @Operation(summary = "Archived centres whose export is past its retention period (counted from archiving) or"
            + " past the review date of an earlier KEEP; deletable is true once the centre itself is DELETED")
    @GetMapping("/admin/api/export-retention/due")
    Items<ExportRetention.Due> due() {
        return new Items<>(retention.due());
    }

    @Operation(summary = "Decide on a centre's export past its retention: DELETE (the file in case-service's archive"
            + " is removed and the registry records it gone; only for a DELETED centre) or KEEP until reviewOn (after"
            + " today, within the retention period). The reason (10-500 characters) is recorded with who and when,"
            + " and in the centre's audit trail. A centre not archived, without an export or not due is a 409"
            + " naming it.")
    @PostMapping("/admin/api/tenants/{id}/export-retention-decisions")
    ResponseEntity<DecisionLine> decide(@PathVariable String id, @RequestBody ExportRetention.Request request,
            @AuthenticationPrincipal Jwt admin) {
        List<ExportRetention.FieldProblem> problems = retention.check(request);
        if (!problems.isEmpty()) {
            throw ExportRetentionProblems.invalid(problems.stream().map(problem -> Map.of("field", problem.field(),
                    "message", messages.getMessage(problem.code(), null, LocaleContextHolder.getLocale()))).toList());
        }
        DecisionLine line = retention.decide(id, request, actor(admin));
        return ResponseEntity.created(URI.create("/admin/api/export-retention/decisions?centre=" + id)).body(line);
    }

    @Operation(summary = "Every retention decision on exports, newest first, optionally of one centre (?centre=)")
    @GetMapping("/admin/api/export-retention/decisions")
    Items<DecisionLine> decisions(@RequestParam(required = false) String centre,
            @RequestParam(defaultValue = "100") int limit) {
        return new Items<>(retention.decisions(centre, limit));
    }

    private static String actor(Jwt token) {
        String username = token.getClaimAsString("preferred_username");
        return username != null ? username : token.getSubject();
    }
}
