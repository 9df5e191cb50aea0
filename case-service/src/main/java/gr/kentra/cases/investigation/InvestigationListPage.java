package gr.kentra.cases.investigation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import gr.kentra.cases.audit.AuditTrail;
import gr.kentra.cases.audit.RecordType;
import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.web.Cell;
import gr.kentra.cases.web.CentrePage;
import gr.kentra.cases.web.ListPage;
import gr.kentra.cases.web.Listing;
import gr.kentra.cases.web.Lists;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The centre's social investigations by status and kind; every one shown or exported is audited. */
@Controller
@CentrePage
@RequestMapping("/t/{centre}/investigations")
class InvestigationListPage extends ListPage<InvestigationListPage.Filters, InvestigationView> {

    private final InvestigationRepository repository;
    private final Beneficiaries beneficiaries;

    InvestigationListPage(InvestigationRepository repository, Beneficiaries beneficiaries, AuditTrail audit,
            Allowed allowed, Lists lists) {
        super("INVESTIGATION_READ", audit.searchHits(RecordType.SOCIAL_INVESTIGATION), allowed, lists);
        this.repository = repository;
        this.beneficiaries = beneficiaries;
    }

    record Filters(String status, String kind, String from, String to) {
    }

    @Override
    protected Listing<InvestigationView> listing(String centre, Filters filters, Locale locale) {
        var from = Lists.day(filters.from());
        var to = Lists.day(filters.to());
        var filter = new InvestigationFilter(Lists.choice(InvestigationStatus.class, filters.status()),
                Lists.choice(InvestigationKind.class, filters.kind()), null, null, from,
                Lists.Days.of(filters.from(), filters.to()).to());
        List<InvestigationView> found = repository.findAll(filter.specification(),
                Listing.request(InvestigationFilter.NEWEST_FIRST)).map(InvestigationView::of).getContent();
        List<InvestigationView> items = Lists.capped(found);
        Map<UUID, String> names = beneficiaries.namesOf(items);
        Map<String, String> statuses = lists.labels(InvestigationStatus.class, "investigationStatus", locale);
        Map<String, String> kinds = lists.labels(InvestigationKind.class, "investigationKind", locale);
        String report = lists.text("page.lists.report", locale);
        return new Listing<>(lists.text("page.lists.investigations", locale),
                lists.text("page.lists.investigations.file", locale),
                List.of(lists.column("requestedOn", "page.lists.requestedOn", locale),
                        lists.column("person", "page.household.name", locale),
                        lists.column("kind", "page.lists.kind", locale),
                        lists.column("requestedBy", "page.lists.requestedBy", locale),
                        lists.column("homeVisitOn", "page.lists.homeVisitOn", locale),
                        lists.column("status", "page.request.status", locale),
                        lists.column("closedOn", "page.lists.closedOn", locale),
                        lists.column("report", "page.lists.report", locale)),
                items,
                i -> List.of(Cell.day(i.requestedOn()),
                        Cell.link(names.get(i.beneficiaryId()), "/t/" + centre + "/people/" + i.beneficiaryId()),
                        Cell.label(kinds.get(i.kind().name())),
                        Cell.text(i.requestedBy()),
                        Cell.day(i.homeVisitOn()),
                        Cell.label(statuses.get(i.status().name())),
                        Cell.day(i.closedOn()),
                        i.report() == null ? Cell.text("")
                                : Cell.link(report, "/t/" + centre + "/api/investigations/" + i.id() + "/report")),
                List.of(Listing.Filter.choice("status", lists.text("page.request.status", locale), filters.status(),
                                statuses),
                        Listing.Filter.choice("kind", lists.text("page.lists.kind", locale), filters.kind(), kinds),
                        Listing.Filter.day("from", lists.text("page.lists.from", locale), from),
                        Listing.Filter.day("to", lists.text("page.lists.to", locale), to)),
                found.size() > Listing.CAP);
    }
}
