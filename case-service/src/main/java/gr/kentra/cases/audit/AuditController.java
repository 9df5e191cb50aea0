package gr.kentra.cases.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import gr.kentra.cases.system.InvalidField;
import gr.kentra.cases.system.Paging;
import gr.kentra.cases.system.RecordProblems;
import gr.kentra.commons.time.Athens;
import gr.kentra.commons.web.PageOf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.persistence.EntityManager;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The centre's audit trail, newest first, for coordinators (see Permissions). Days are Athens days. */
@RestController
class AuditController {

    private static final ZoneId ATHENS = Athens.ZONE;
    /** Coordinators read the trail in longer pages than casework lists. */
    private static final int MAX_PAGE_SIZE = 200;

    private final AuditEventRepository events;
    private final EntityManager entityManager;

    AuditController(AuditEventRepository events, EntityManager entityManager) {
        this.events = events;
        this.entityManager = entityManager;
    }

    @Operation(summary = "Audit trail of the centre, optionally of one person and a range of days (inclusive)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject("""
            {"items":[{"id":"0b5e…","occurredAt":"2026-03-02T09:15:00Z","actor":"maria",
              "beneficiaryId":"7c1d…","recordType":"BENEFICIARY","recordId":"7c1d…","action":"UPDATE",
              "fields":["phone","address"],"reason":null}],"page":0,"size":50,"total":1}""")))
    @GetMapping("/api/audit")
    @Transactional(readOnly = true)
    PageOf<AuditView> search(@Parameter(example = "7c1d2a8e-4b3f-4a55-9a43-1f0c2d3e4f50")
            @RequestParam(required = false) UUID beneficiary,
            @Parameter(example = "2026-03-01") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(example = "2026-03-31") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidField("to", "problem.audit.range");
        }
        if (beneficiary != null && !registered(beneficiary)) {
            throw RecordProblems.notFound("problem.beneficiary.notFound");
        }
        Paging paging = Paging.of(page, size, MAX_PAGE_SIZE);
        var start = from == null ? LocalDate.of(2000, 1, 1) : from;
        var end = to == null ? LocalDate.of(9999, 1, 1) : to.plusDays(1);
        var found = events.find(beneficiary, start.atStartOfDay(ATHENS).toInstant(),
                end.atStartOfDay(ATHENS).toInstant(),
                paging.request(Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.asc("id"))));
        return paging.of(found, AuditView::of);
    }

    /** Whether the person is in this centre's registry (another centre's ids are unknown here). */
    private boolean registered(UUID beneficiary) {
        return !entityManager.createNativeQuery("select 1 from beneficiary where id = :id")
                .setParameter("id", beneficiary).getResultList().isEmpty();
    }
}
