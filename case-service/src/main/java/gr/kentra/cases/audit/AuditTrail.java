package gr.kentra.cases.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import gr.kentra.cases.system.CurrentStaff;
import gr.kentra.commons.web.KentraHeaders;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the audit trail of a person's record: who, when, which record, what was done, the names of the
 * fields a change touched (never their values) and the reason the caller gave in {@value #REASON_HEADER} (percent-encoded UTF-8).
 * Runs inside the caller's transaction (mandatory), so a change and its audit line commit or fail together.
 */
@Component
public class AuditTrail {

    public static final String REASON_HEADER = KentraHeaders.REASON;
    private static final int MAX_REASON = 500;

    private final AuditEventRepository events;
    private final AuditLines lines;
    private final Clock clock = Clock.systemUTC();

    AuditTrail(AuditEventRepository events, AuditLines lines) {
        this.events = events;
        this.lines = lines;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(UUID beneficiary, RecordType type, Object recordId, AuditAction action,
            Collection<String> fields) {
        String names = fields == null || fields.isEmpty() ? null : String.join(",", fields);
        events.save(line(beneficiary, type, recordId, action, names, reason()));
    }

    /**
     * Records an action whose reason is part of the request itself (e.g. a break-glass body) rather than the
     * {@value #REASON_HEADER} header.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordWithReason(UUID beneficiary, RecordType type, Object recordId, AuditAction action,
            String reason) {
        String stripped = reason == null ? null : reason.strip();
        if (stripped != null && stripped.length() > MAX_REASON) {
            stripped = stripped.substring(0, MAX_REASON);
        }
        events.save(line(beneficiary, type, recordId, action, null, stripped));
    }

    /**
     * A read's line, written at once by one plain insert ({@link AuditLines}): a read writes nothing else, so its
     * line needs none of Hibernate's unit of work, and a line that cannot be written fails the read before it is
     * served.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void read(UUID beneficiary, RecordType type, Object recordId) {
        lines.insert(line(beneficiary, type, recordId, AuditAction.READ, null, reason()));
    }

    /**
     * One record of {@code entity}, read-only, by {@code select} (a native select in the caller's own table, its
     * parameters in {@code parameters}), and its READ line, in one statement: the read and its line go together or
     * not at all, in one round trip. Empty when no row matched (the caller's not-found rolls the line back).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> Optional<T> readBy(Class<T> entity, String select, Map<String, Object> parameters,
            UUID beneficiary, RecordType type, Object recordId) {
        List<T> rows = lines.insertWith(line(beneficiary, type, recordId, AuditAction.READ, null, reason()), entity,
                select, parameters);
        return rows.stream().findFirst();
    }

    /** A line by the signed-in staff member, now. */
    private AuditEvent line(UUID beneficiary, RecordType type, Object recordId, AuditAction action, String fields,
            String reason) {
        return new AuditEvent(clock.instant(), CurrentStaff.username(), beneficiary, type,
                recordId == null ? null : recordId.toString(), action, fields, reason);
    }

    /**
     * Audits each record a search or a list found as a search hit on its person's record: the page's lines written at
     * once, in one batch ({@link AuditLines#insertAll}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void searched(RecordType type, Iterable<? extends PersonRecord> found) {
        String reason = reason();
        List<AuditEvent> hits = new ArrayList<>();
        found.forEach(hit -> hits.add(line(hit.beneficiaryId(), type, hit.id(), AuditAction.SEARCH, null, reason)));
        lines.insertAll(hits);
    }

    /** The same for people found by a search of the register: each a hit on their own record. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void searchedPeople(RecordType type, Collection<UUID> people) {
        String reason = reason();
        lines.insertAll(people.stream().map(person -> line(person, type, person, AuditAction.SEARCH, null, reason))
                .toList());
    }

    /** What audits one record a search or a list found, for a list that hands its records over one by one. */
    public Consumer<PersonRecord> searchHits(RecordType type) {
        return found -> record(found.beneficiaryId(), type, found.id(), AuditAction.SEARCH, null);
    }

    private static String reason() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String reason = request.getHeader(REASON_HEADER);
            if (reason != null && !reason.isBlank()) {
                String stripped = decoded(reason).strip();
                return stripped.length() > MAX_REASON ? stripped.substring(0, MAX_REASON) : stripped;
            }
        }
        return null;
    }

    /** Headers are Latin-1: a reason in Greek arrives percent-encoded (UTF-8). */
    private static String decoded(String header) {
        try {
            return java.net.URLDecoder.decode(header, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return header;
        }
    }
}
