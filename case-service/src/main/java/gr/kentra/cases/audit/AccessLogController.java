package gr.kentra.cases.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.system.Paging;
import gr.kentra.cases.system.RecordProblems;
import gr.kentra.commons.web.PageOf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.persistence.EntityManager;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who saw or changed one person's record, and when ("who saw this record"), newest first, for coordinators
 * (see Permissions). Only who, when, what and which part: reasons and field names stay in the full trail.
 */
@RestController
class AccessLogController {

    private static final int MAX_PAGE_SIZE = 200;

    private final AuditEventRepository events;
    private final EntityManager entityManager;

    AccessLogController(AuditEventRepository events, EntityManager entityManager) {
        this.events = events;
        this.entityManager = entityManager;
    }

    @Operation(summary = "Who viewed or changed the person's records and when, newest first")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject("""
            {"items":[{"occurredAt":"2026-03-02T09:15:00Z","actor":"maria","action":"READ",
              "recordType":"BENEFICIARY"}],"page":0,"size":50,"total":1}""")))
    @GetMapping("/api/beneficiaries/{beneficiary}/access-log")
    @Transactional(readOnly = true)
    PageOf<Access> accessLog(@PathVariable UUID beneficiary, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        // Another centre's ids are unknown here: its schema is not this one.
        if (entityManager.createNativeQuery("select 1 from beneficiary where id = :id")
                .setParameter("id", beneficiary).getResultList().isEmpty()) {
            throw RecordProblems.notFound("problem.beneficiary.notFound");
        }
        Paging paging = Paging.of(page, size, MAX_PAGE_SIZE);
        var found = events.find(beneficiary, Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"),
                paging.request(Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.asc("id"))));
        return paging.of(found, Access::of);
    }

    record Access(Instant occurredAt, String actor, AuditAction action, RecordType recordType) {
        static Access of(AuditEvent e) {
            return new Access(e.occurredAt(), e.actor(), e.action(), e.recordType());
        }
    }
}
