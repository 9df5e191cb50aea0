package gr.kentra.cases.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.system.Paging;
import gr.kentra.cases.system.RecordProblems;
import gr.kentra.cases.web.CentrePage;
import gr.kentra.commons.time.Athens;
import jakarta.persistence.EntityManager;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The person's timeline, from the audit trail: every change (which fields, who, when) to the parts of the record
 * the reader may see, and, for whoever may read the audit trail (the permission table: the coordinator), who
 * viewed the record. Filters: kind (changes to what was there, events that happened: a request filed, a session
 * held, a document issued; views), part of the record, dates (dd/mm/yyyy), staff member. A plain GET form: every
 * filtered view is a link, and works by keyboard without scripts.
 */
@Controller
@CentrePage
class TimelinePages {

    private static final ZoneId ATHENS = Athens.ZONE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    /** What was there changed, field by field. */
    private static final Set<AuditAction> CHANGES = EnumSet.of(AuditAction.UPDATE, AuditAction.DELETE,
            AuditAction.ERASURE);
    /** Something happened to the person: a part of the record began (a request, a session), a document was issued. */
    private static final Set<AuditAction> EVENTS = EnumSet.of(AuditAction.CREATE, AuditAction.ISSUE,
            AuditAction.RETENTION_KEEP);
    /** The kinds offered to everyone; the views ({@code views}, {@code all}) to whoever may read the audit trail. */
    private static final List<String> KINDS = List.of("record", "changes", "events");
    private static final List<String> TRAIL_KINDS = List.of("record", "changes", "events", "views", "all");
    private static final Set<AuditAction> VIEWS = EnumSet.of(AuditAction.READ, AuditAction.SEARCH,
            AuditAction.BREAK_GLASS, AuditAction.EXPORT);
    /** Which permission shows which part of the record: a part the reader may not see is not in her timeline. */
    private static final Map<RecordType, String> READ_PERMISSION = Map.ofEntries(
            Map.entry(RecordType.BENEFICIARY, "REGISTRY_READ"),
            Map.entry(RecordType.HOUSEHOLD_MEMBER, "HOUSEHOLD_READ"),
            Map.entry(RecordType.SOCIAL_HISTORY, "CARD_READ"),
            Map.entry(RecordType.PROFILE, "CARD_READ"),
            Map.entry(RecordType.NEEDS_ASSESSMENT, "CARD_READ"),
            Map.entry(RecordType.REQUEST, "REQUEST_READ"),
            Map.entry(RecordType.REFERRAL, "REFERRAL_READ"),
            Map.entry(RecordType.COUNSELLING_SESSION, "SESSION_READ"),
            Map.entry(RecordType.APPOINTMENT, "APPOINTMENT_READ"),
            Map.entry(RecordType.WALK_IN, "APPOINTMENT_READ"),
            Map.entry(RecordType.SOCIAL_INVESTIGATION, "INVESTIGATION_READ"),
            Map.entry(RecordType.HOMELESS_REGISTER_ENTRY, "HOMELESS_READ"),
            Map.entry(RecordType.GOODS_DISTRIBUTION, "DISTRIBUTION_READ"),
            Map.entry(RecordType.ISSUED_DOCUMENT, "REGISTRY_READ"));

    /** One line of the timeline, ready to show. */
    record Entry(String when, String actor, AuditAction action, RecordType recordType, List<String> fields,
            boolean view) {
    }

    private final AuditEventRepository events;
    private final PersonNames beneficiaries;
    private final EntityManager entityManager;
    private final Allowed allowed;
    private final MessageSource messages;

    TimelinePages(AuditEventRepository events, PersonNames beneficiaries, EntityManager entityManager,
            Allowed allowed, MessageSource messages) {
        this.events = events;
        this.beneficiaries = beneficiaries;
        this.entityManager = entityManager;
        this.allowed = allowed;
        this.messages = messages;
    }

    @GetMapping("/t/{centre}/people/{id}/timeline")
    @Transactional(readOnly = true)
    String timeline(@PathVariable UUID id, @RequestParam(defaultValue = "record") String kind,
            @RequestParam(required = false) RecordType part, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String actor,
            @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        allowed.require("REGISTRY_READ");
        String name = beneficiaries.displayNames(List.of(id)).get(id);
        if (name == null || entityManager.createNativeQuery("select 1 from beneficiary where id = :id")
                .setParameter("id", id).getResultList().isEmpty()) {
            throw RecordProblems.notFound("problem.beneficiary.notFound");
        }
        boolean mayViewTrail = allowed.to("AUDIT_READ");
        List<String> kinds = mayViewTrail ? TRAIL_KINDS : KINDS;
        String shown = kinds.contains(kind) ? kind : "record";
        Set<AuditAction> actions = actions(shown);
        List<RecordType> parts = Arrays.stream(RecordType.values())
                .filter(type -> allowed.to(READ_PERMISSION.getOrDefault(type, "AUDIT_READ"))).toList();
        List<RecordType> asked = part != null && parts.contains(part) ? List.of(part) : parts;
        // The staff filter offers who appears in what this reader may see: never a name from the views she may not.
        List<String> actors = events.timelineActors(id, actions(mayViewTrail ? "all" : "record"), parts);
        String by = actor != null && actors.contains(actor.strip()) ? actor.strip() : null;
        LocalDate fromDay = day(from);
        LocalDate toDay = day(to);
        Paging paging = Paging.of(page, 50);
        var found = events.timeline(id, actions, asked,
                fromDay == null ? Instant.EPOCH : fromDay.atStartOfDay(ATHENS).toInstant(),
                toDay == null ? Instant.parse("9999-01-01T00:00:00Z") : toDay.plusDays(1).atStartOfDay(ATHENS).toInstant(),
                by == null, by == null ? "" : by, paging.request(Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.asc("id"))));
        List<Entry> entries = new ArrayList<>();
        DateTimeFormatter when = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ATHENS);
        found.forEach(e -> entries.add(new Entry(when.format(e.occurredAt()), e.actor(), e.action(), e.recordType(),
                e.fields() == null || e.fields().isBlank() ? List.of()
                        : Arrays.stream(e.fields().split(",")).map(f -> fieldLabel(f.strip(), locale)).toList(),
                VIEWS.contains(e.action()))));
        model.addAttribute("personId", id);
        model.addAttribute("personName", name);
        model.addAttribute("entries", entries);
        model.addAttribute("parts", parts);
        model.addAttribute("part", part);
        model.addAttribute("kind", shown);
        model.addAttribute("kinds", kinds);
        model.addAttribute("actors", actors);
        model.addAttribute("actor", by);
        model.addAttribute("mayViewTrail", mayViewTrail);
        model.addAttribute("from", fromDay == null ? (from == null ? "" : from) : fromDay.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        model.addAttribute("to", toDay == null ? (to == null ? "" : to) : toDay.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        // A date that does not read is said at its own field (and ignored), not silently dropped.
        model.addAttribute("badFrom", from != null && !from.isBlank() && fromDay == null);
        model.addAttribute("badTo", to != null && !to.isBlank() && toDay == null);
        model.addAttribute("page", paging.page());
        model.addAttribute("more", found.hasNext());
        return "pages/timeline/person";
    }

    private static Set<AuditAction> actions(String kind) {
        Set<AuditAction> actions = EnumSet.noneOf(AuditAction.class);
        switch (kind) {
            case "changes" -> actions.addAll(CHANGES);
            case "events" -> actions.addAll(EVENTS);
            case "views" -> actions.addAll(VIEWS);
            case "all" -> {
                actions.addAll(CHANGES);
                actions.addAll(EVENTS);
                actions.addAll(VIEWS);
            }
            default -> {
                actions.addAll(CHANGES);
                actions.addAll(EVENTS);
            }
        }
        return actions;
    }

    /** A field's name on the pages (as the register form labels it), or the API's name when it has none. */
    private String fieldLabel(String field, Locale locale) {
        return messages.getMessage("page.person." + field, null, field, locale);
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip().replace('.', '/').replace('-', '/'), DAY);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
