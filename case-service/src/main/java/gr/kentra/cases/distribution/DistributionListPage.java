package gr.kentra.cases.distribution;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import gr.kentra.cases.audit.AuditTrail;
import gr.kentra.cases.audit.RecordType;
import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.web.Cell;
import gr.kentra.cases.web.CentrePage;
import gr.kentra.cases.web.ListPage;
import gr.kentra.cases.web.Listing;
import gr.kentra.cases.web.Lists;
import gr.kentra.commons.time.Athens;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Basic goods distributions by programme and kind, with the period's totals above the list (the TEBA/FEAD
 * summary the programme asks of each centre: distributions, people reached, quantities by kind and unit).
 */
@Controller
@CentrePage
@RequestMapping("/t/{centre}/distributions")
class DistributionListPage extends ListPage<DistributionListPage.Filters, DistributionView> {

    private static final ZoneId ATHENS = Athens.ZONE;

    private final DistributionRepository repository;
    private final DistributionService service;
    private final Beneficiaries beneficiaries;

    DistributionListPage(DistributionRepository repository, DistributionService service, Beneficiaries beneficiaries,
            AuditTrail audit, Allowed allowed, Lists lists) {
        super("DISTRIBUTION_READ", audit.searchHits(RecordType.GOODS_DISTRIBUTION), allowed, lists);
        this.repository = repository;
        this.service = service;
        this.beneficiaries = beneficiaries;
    }

    record Filters(String programme, String kind, String from, String to) {
    }

    /** Above the list: the period's totals, for the filter's period or this year so far. */
    @Override
    protected void besideTheList(Filters filters, Model model) {
        LocalDate today = LocalDate.now(ATHENS);
        LocalDate from = Lists.day(filters.from()) == null ? today.withDayOfYear(1) : Lists.day(filters.from());
        LocalDate to = Lists.day(filters.to()) == null || Lists.day(filters.to()).isBefore(from) ? today
                : Lists.day(filters.to());
        Programme programme = Lists.choice(Programme.class, filters.programme());
        model.addAttribute("summary", service.summary(from, to.isBefore(from) ? from : to,
                programme == null ? Programme.TEBA_FEAD : programme));
        model.addAttribute("before", "pages/lists/distributions");
    }


    @Override
    protected Listing<DistributionView> listing(String centre, Filters filters, Locale locale) {
        var from = Lists.day(filters.from());
        var to = Lists.day(filters.to());
        var filter = new DistributionFilter(null, Lists.choice(Programme.class, filters.programme()),
                Lists.choice(GoodsKind.class, filters.kind()), from,
                Lists.Days.of(filters.from(), filters.to()).to());
        List<DistributionView> found = repository.findAll(filter.specification(),
                Listing.request(DistributionFilter.NEWEST_FIRST))
                .map(GoodsDistribution::view).getContent();
        List<DistributionView> items = Lists.capped(found);
        Map<UUID, String> names = beneficiaries.namesOf(items);
        Map<String, String> programmes = lists.labels(Programme.class, "programme", locale);
        Map<String, String> kinds = lists.labels(GoodsKind.class, "goodsKind", locale);
        Map<String, String> units = lists.labels(GoodsUnit.class, "goodsUnit", locale);
        return new Listing<>(lists.text("page.lists.distributions", locale),
                lists.text("page.lists.distributions.file", locale),
                List.of(lists.column("date", "page.lists.distributedOn", locale),
                        lists.column("person", "page.household.name", locale),
                        lists.column("programme", "page.lists.programme", locale),
                        lists.column("goods", "page.lists.goods", locale),
                        lists.column("recordedBy", "page.lists.recordedBy", locale)),
                items,
                d -> List.of(Cell.day(d.date()),
                        Cell.link(names.get(d.beneficiaryId()), "/t/" + centre + "/people/" + d.beneficiaryId()),
                        Cell.label(programmes.get(d.programme().name())),
                        Cell.text(d.lines().stream().map(line -> kinds.get(line.kind().name())
                                + (line.description() == null || line.description().isBlank() ? ""
                                        : " (" + line.description() + ")")
                                + ": " + Cell.number(line.quantity()).text() + " " + units.get(line.unit().name()))
                                .collect(Collectors.joining("; "))),
                        Cell.text(d.recordedBy())),
                List.of(Listing.Filter.choice("programme", lists.text("page.lists.programme", locale),
                                filters.programme(), programmes),
                        Listing.Filter.choice("kind", lists.text("page.lists.kind", locale), filters.kind(), kinds),
                        Listing.Filter.day("from", lists.text("page.lists.from", locale), from),
                        Listing.Filter.day("to", lists.text("page.lists.to", locale), to)),
                found.size() > Listing.CAP);
    }
}
