package gr.kentra.cases.homeless;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import gr.kentra.cases.audit.AuditTrail;
import gr.kentra.cases.audit.RecordType;
import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.partner.Partners;
import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.web.Cell;
import gr.kentra.cases.web.CentrePage;
import gr.kentra.cases.web.ListPage;
import gr.kentra.cases.web.Listing;
import gr.kentra.cases.web.Lists;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The centre's homeless register by status and situation; every entry shown or exported is audited. */
@Controller
@CentrePage
@RequestMapping("/t/{centre}/homeless-register")
class HomelessListPage extends ListPage<HomelessListPage.Filters, EntryView> {

    private final EntryRepository repository;
    private final Beneficiaries beneficiaries;
    private final Partners partners;

    HomelessListPage(EntryRepository repository, Beneficiaries beneficiaries, Partners partners, AuditTrail audit,
            Allowed allowed, Lists lists) {
        super("HOMELESS_READ", audit.searchHits(RecordType.HOMELESS_REGISTER_ENTRY), allowed, lists);
        this.repository = repository;
        this.beneficiaries = beneficiaries;
        this.partners = partners;
    }

    record Filters(String status, String situation, String from, String to) {
    }

    @Override
    protected Listing<EntryView> listing(String centre, Filters filters, Locale locale) {
        var from = Lists.day(filters.from());
        var to = Lists.day(filters.to());
        var filter = new EntryFilter(Lists.choice(HomelessStatus.class, filters.status()),
                Lists.choice(HomelessSituation.class, filters.situation()), null, null, from,
                Lists.Days.of(filters.from(), filters.to()).to());
        List<EntryView> found = repository.findAll(filter.specification(),
                Listing.request(EntryFilter.NEWEST_FIRST))
                .map(EntryView::of).getContent();
        List<EntryView> items = Lists.capped(found);
        Map<UUID, String> names = beneficiaries.namesOf(items);
        Map<UUID, String> shelters = partners.names();
        Map<String, String> statuses = lists.labels(HomelessStatus.class, "homelessStatus", locale);
        Map<String, String> situations = lists.labels(HomelessSituation.class, "homelessSituation", locale);
        return new Listing<>(lists.text("page.lists.homeless", locale), lists.text("page.lists.homeless.file", locale),
                List.of(lists.column("registeredOn", "page.lists.registeredOn", locale),
                        lists.column("person", "page.household.name", locale),
                        lists.column("situation", "page.lists.situation", locale),
                        lists.column("whereabouts", "page.lists.whereabouts", locale),
                        lists.column("shelter", "page.lists.shelter", locale),
                        lists.column("status", "page.request.status", locale),
                        lists.column("statusOn", "page.lists.statusOn", locale)),
                items,
                e -> List.of(Cell.day(e.registeredOn()),
                        Cell.link(names.get(e.beneficiaryId()), "/t/" + centre + "/people/" + e.beneficiaryId()),
                        Cell.label(situations.get(e.situation().name())),
                        Cell.text(e.whereabouts()),
                        Cell.text(e.shelterPartnerId() == null ? null : shelters.get(e.shelterPartnerId())),
                        Cell.label(statuses.get(e.status().name())),
                        Cell.day(e.statusOn())),
                List.of(Listing.Filter.choice("status", lists.text("page.request.status", locale), filters.status(),
                                statuses),
                        Listing.Filter.choice("situation", lists.text("page.lists.situation", locale),
                                filters.situation(), situations),
                        Listing.Filter.day("from", lists.text("page.lists.from", locale), from),
                        Listing.Filter.day("to", lists.text("page.lists.to", locale), to)),
                found.size() > Listing.CAP);
    }
}
