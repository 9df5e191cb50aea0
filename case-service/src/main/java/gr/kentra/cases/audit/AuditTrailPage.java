package gr.kentra.cases.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.web.Cell;
import gr.kentra.cases.web.CentrePage;
import gr.kentra.cases.web.ListQuery;
import gr.kentra.cases.web.Listing;
import gr.kentra.cases.web.Lists;
import gr.kentra.commons.time.Athens;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The centre's audit trail for the coordinator: who (username), what (part of the record, action), when (Athens
 * days) and about whom (a person's id, as the card links here), newest first; the same list as a file.
 */
@Controller
@CentrePage
class AuditTrailPage {

    private static final ZoneId ATHENS = Athens.ZONE;
    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");

    private final EntityManager entityManager;
    private final PersonNames beneficiaries;
    private final Allowed allowed;
    private final Lists lists;

    AuditTrailPage(EntityManager entityManager, PersonNames beneficiaries, Allowed allowed, Lists lists) {
        this.entityManager = entityManager;
        this.beneficiaries = beneficiaries;
        this.allowed = allowed;
        this.lists = lists;
    }

    record Filters(String actor, String action, String recordType, String person, String from, String to) {
    }

    @GetMapping("/t/{centre}/audit")
    @Transactional(readOnly = true)
    String trail(@PathVariable String centre, @ModelAttribute("filters") Filters filters, ListQuery query,
            HttpServletRequest request, Model model, Locale locale) {
        allowed.require("AUDIT_READ");
        lists.page(listing(centre, filters, locale), query, request, model);
        return Lists.TEMPLATE;
    }

    @GetMapping("/t/{centre}/audit/export")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> export(@PathVariable String centre, Filters filters, ListQuery query,
            @RequestParam(required = false) String format, Locale locale) {
        allowed.require("AUDIT_READ");
        return lists.export(listing(centre, filters, locale), query, Lists.format(format)).file();
    }

    private List<AuditEvent> find(Filters filters, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> root = query.from(AuditEvent.class);
        List<Predicate> where = new ArrayList<>();
        if (filters.actor() != null && !filters.actor().isBlank()) {
            where.add(cb.equal(root.get("actor"), filters.actor().strip()));
        }
        AuditAction action = Lists.choice(AuditAction.class, filters.action());
        if (action != null) {
            where.add(cb.equal(root.get("action"), action));
        }
        RecordType type = Lists.choice(RecordType.class, filters.recordType());
        if (type != null) {
            where.add(cb.equal(root.get("recordType"), type));
        }
        UUID person = uuid(filters.person());
        if (filters.person() != null && !filters.person().isBlank()) {
            // Not an id of this centre's registry: nothing, rather than everyone.
            where.add(person == null ? cb.disjunction() : cb.equal(root.get("beneficiaryId"), person));
        }
        LocalDate from = Lists.day(filters.from());
        LocalDate to = Lists.day(filters.to());
        if (from != null) {
            where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from.atStartOfDay(ATHENS).toInstant()));
        }
        if (to != null) {
            where.add(cb.lessThan(root.get("occurredAt"), to.plusDays(1).atStartOfDay(ATHENS).toInstant()));
        }
        query.where(where.toArray(Predicate[]::new))
                .orderBy(cb.desc(root.get("occurredAt")), cb.asc(root.get("id")));
        return entityManager.createQuery(query).setMaxResults(limit).getResultList();
    }

    private Listing<AuditEvent> listing(String centre, Filters filters, Locale locale) {
        List<AuditEvent> found = find(filters, Listing.CAP + 1);
        List<AuditEvent> items = Lists.capped(found);
        Map<UUID, String> names = beneficiaries.displayNames(items.stream().map(AuditEvent::beneficiaryId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        Map<String, String> actions = lists.labels(AuditAction.class, "auditAction", locale);
        Map<String, String> types = lists.labels(RecordType.class, "recordType", locale);
        Map<String, String> person = new LinkedHashMap<>();
        UUID chosen = uuid(filters.person());
        if (chosen != null) {
            person.put(chosen.toString(), beneficiaries.displayNames(List.of(chosen)).getOrDefault(chosen,
                    chosen.toString()));
        }
        return new Listing<>(lists.text("page.audit.title", locale), lists.text("page.audit.file", locale),
                List.of(lists.column("when", "page.audit.when", locale),
                        lists.column("actor", "page.audit.actor", locale),
                        lists.column("person", "page.household.name", locale),
                        lists.column("recordType", "page.audit.recordType", locale),
                        lists.column("action", "page.audit.action", locale),
                        lists.column("fields", "page.audit.fields", locale),
                        lists.column("reason", "page.audit.reason", locale)),
                items,
                e -> List.of(when(e.occurredAt()), Cell.text(e.actor()),
                        e.beneficiaryId() == null ? Cell.text("")
                                : Cell.link(names.getOrDefault(e.beneficiaryId(), lists.text("page.audit.erased", locale)),
                                        "/t/" + centre + "/people/" + e.beneficiaryId()),
                        Cell.label(types.get(e.recordType().name())),
                        Cell.label(actions.get(e.action().name())),
                        Cell.text(e.fields() == null ? "" : e.fields().replace(",", ", ")),
                        Cell.text(e.reason())),
                List.of(new Listing.Filter("actor", lists.text("page.audit.actor", locale), filters.actor(), null,
                                false),
                        Listing.Filter.choice("recordType", lists.text("page.audit.recordType", locale),
                                filters.recordType(), types),
                        Listing.Filter.choice("action", lists.text("page.audit.action", locale), filters.action(),
                                actions),
                        new Listing.Filter("person", lists.text("page.audit.person", locale), filters.person(),
                                chosen == null ? null : person, false),
                        Listing.Filter.day("from", lists.text("page.lists.from", locale), Lists.day(filters.from())),
                        Listing.Filter.day("to", lists.text("page.lists.to", locale), Lists.day(filters.to()))),
                found.size() > Listing.CAP);
    }

    private static Cell when(Instant at) {
        var local = at.atZone(ATHENS).toLocalDateTime();
        return new Cell(WHEN.format(local), local, null);
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
