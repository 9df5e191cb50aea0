package gr.kentra.cases.caseload;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.web.Cell;
import gr.kentra.cases.web.CentrePage;
import gr.kentra.cases.web.ListQuery;
import gr.kentra.cases.web.Listing;
import gr.kentra.cases.web.Lists;
import gr.kentra.commons.time.Athens;
import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The coordinator's view of who carries what: per staff member, the open requests assigned to her, the referrals
 * she sent that still await an answer (and how many are past their follow-up day), her open social
 * investigations and her booked appointments of the next seven days. Counts only, no person's data; read in one
 * query over the casework tables of the centre's schema. Coordinators only (the audit trail's permission: both are
 * the supervision of the centre's work).
 */
@Controller
@CentrePage
class CaseloadPage {

    private static final ZoneId ATHENS = Athens.ZONE;
    private static final String QUERY = """
            select staff, sum(requests), sum(referrals), sum(overdue), sum(investigations), sum(appointments)
            from (
              select coalesce(assignee, '') as staff, 1 as requests, 0 as referrals, 0 as overdue,
                     0 as investigations, 0 as appointments
                from service_request where status in ('RECEIVED', 'IN_PROGRESS')
              union all
              select created_by, 0, 1, case when follow_up_on < :today then 1 else 0 end, 0, 0
                from referral where status in ('SENT', 'ACCEPTED')
              union all
              select created_by, 0, 0, 0, 1, 0 from social_investigation where status = 'OPEN'
              union all
              select staff, 0, 0, 0, 0, 1 from appointment
                where status = 'BOOKED' and starts_at >= :start and starts_at < :end
            ) work group by staff""";

    private final EntityManager entityManager;
    private final Allowed allowed;
    private final Lists lists;

    CaseloadPage(EntityManager entityManager, Allowed allowed, Lists lists) {
        this.entityManager = entityManager;
        this.allowed = allowed;
        this.lists = lists;
    }

    /** One staff member's load; an empty {@code staff} holds the open requests nobody was assigned. */
    record Load(String staff, long requests, long referrals, long overdue, long investigations, long appointments) {
    }

    @GetMapping("/t/{centre}/caseload")
    @Transactional(readOnly = true)
    String caseload(@PathVariable String centre, ListQuery query, HttpServletRequest request, Model model,
            Locale locale) {
        allowed.require("AUDIT_READ");
        lists.page(listing(centre, locale), query, request, model);
        return Lists.TEMPLATE;
    }

    @GetMapping("/t/{centre}/caseload/export")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> export(@PathVariable String centre, ListQuery query,
            @RequestParam(required = false) String format, Locale locale) {
        allowed.require("AUDIT_READ");
        return lists.export(listing(centre, locale), query, Lists.format(format)).file();
    }

    List<Load> loads() {
        LocalDate today = LocalDate.now(ATHENS);
        List<?> rows = entityManager.createNativeQuery(QUERY).setParameter("today", today)
                .setParameter("start", today.atStartOfDay()).setParameter("end", today.plusDays(7).atStartOfDay())
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new Load((String) row[0], count(row[1]),
                count(row[2]), count(row[3]), count(row[4]), count(row[5]))).toList();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private Listing<Load> listing(String centre, Locale locale) {
        String nobody = lists.text("page.caseload.unassigned", locale);
        return new Listing<>(lists.text("page.caseload.title", locale), lists.text("page.caseload.file", locale),
                List.of(lists.column("staff", "page.lists.staff", locale),
                        lists.column("requests", "page.caseload.requests", locale),
                        lists.column("referrals", "page.caseload.referrals", locale),
                        lists.column("overdue", "page.caseload.overdue", locale),
                        lists.column("investigations", "page.caseload.investigations", locale),
                        lists.column("appointments", "page.caseload.appointments", locale)),
                loads(),
                load -> List.of(load.staff().isEmpty() ? Cell.text(nobody) : Cell.text(load.staff()),
                        load.requests() == 0 ? Cell.number(0L) : new Cell(Cell.number(load.requests()).text(),
                                load.requests(), requestsOf(centre, load.staff())),
                        Cell.number(load.referrals()), Cell.number(load.overdue()),
                        Cell.number(load.investigations()), Cell.number(load.appointments())),
                List.of(), false);
    }

    private static String requestsOf(String centre, String staff) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/t/" + centre + "/requests");
        if (!staff.isEmpty()) {
            uri.queryParam("assignee", staff);
        }
        return uri.build().encode().toUriString();
    }
}
