package gr.kentra.cases.request;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import gr.kentra.cases.audit.AuditTrail;
import gr.kentra.cases.audit.RecordType;
import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.requesttype.RequestTypes;
import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.web.Cell;
import gr.kentra.cases.web.CentrePage;
import gr.kentra.cases.web.ListPage;
import gr.kentra.cases.web.Listing;
import gr.kentra.cases.web.Lists;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The centre's requests by status and type: filter, sort, page, CSV/XLSX. Every request shown is audited. */
@Controller
@CentrePage
@RequestMapping("/t/{centre}/requests")
class RequestListPage extends ListPage<RequestListPage.Filters, ServiceRequest> {

    private final RequestRepository repository;
    private final RequestTypes types;
    private final Beneficiaries beneficiaries;
    private final MessageSource messages;

    RequestListPage(RequestRepository repository, RequestTypes types, Beneficiaries beneficiaries, AuditTrail audit,
            Allowed allowed, Lists lists, MessageSource messages) {
        super("REQUEST_READ", audit.searchHits(RecordType.REQUEST), allowed, lists);
        this.repository = repository;
        this.types = types;
        this.beneficiaries = beneficiaries;
        this.messages = messages;
    }

    /** The list's own filters, named as the API's query parameters. */
    record Filters(String status, String type, String assignee, String from, String to) {
    }

    @Override
    protected Listing<ServiceRequest> listing(String centre, Filters filters, Locale locale) {
        RequestStatus status = Lists.choice(RequestStatus.class, filters.status());
        var from = Lists.day(filters.from());
        var to = Lists.day(filters.to());
        RequestFilter filter = new RequestFilter(status, filters.type(), filters.assignee(), null, from,
                Lists.Days.of(filters.from(), filters.to()).to());
        List<ServiceRequest> found = repository.findAll(filter.specification(),
                Listing.request(RequestFilter.NEWEST_FIRST))
                .getContent();
        List<ServiceRequest> items = Lists.capped(found);
        Map<UUID, String> names = beneficiaries.namesOf(items);
        Map<String, String> typeLabels = types.allLabels(locale);
        Map<String, String> statuses = Lists.labels(RequestStatus.class, "requestStatus", messages, locale);
        Map<String, String> channels = Lists.labels(Channel.class, "channel", messages, locale);
        return new Listing<>(text("page.lists.requests", locale), text("page.lists.requests.file", locale),
                List.of(column("receivedOn", "page.request.receivedOn", locale),
                        column("person", "page.household.name", locale),
                        column("type", "page.request.type", locale),
                        column("channel", "page.request.channel", locale),
                        column("status", "page.request.status", locale),
                        column("assignee", "page.request.assignee", locale),
                        column("closedOn", "page.lists.closedOn", locale)),
                items,
                r -> List.of(Cell.day(r.receivedOn()),
                        Cell.link(names.get(r.beneficiaryId()), "/t/" + centre + "/people/" + r.beneficiaryId()),
                        Cell.label(typeLabels.getOrDefault(r.type(), r.type())),
                        Cell.label(channels.get(r.channel().name())),
                        Cell.label(statuses.get(r.status().name())),
                        Cell.text(r.assignee()),
                        Cell.day(r.closedOn())),
                List.of(Listing.Filter.choice("status", text("page.request.status", locale), filters.status(), statuses),
                        Listing.Filter.choice("type", text("page.request.type", locale), filters.type(),
                                sorted(typeLabels, locale)),
                        new Listing.Filter("assignee", text("page.request.assignee", locale), filters.assignee(), null,
                                false),
                        Listing.Filter.day("from", text("page.lists.from", locale), from),
                        Listing.Filter.day("to", text("page.lists.to", locale), to)),
                found.size() > Listing.CAP);
    }

    private static Map<String, String> sorted(Map<String, String> labels, Locale locale) {
        var greek = java.text.Collator.getInstance(locale);
        greek.setDecomposition(java.text.Collator.CANONICAL_DECOMPOSITION);
        Map<String, String> sorted = new java.util.LinkedHashMap<>();
        labels.entrySet().stream().sorted((a, b) -> greek.compare(a.getValue(), b.getValue()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private Listing.Column column(String key, String label, Locale locale) {
        return new Listing.Column(key, text(label, locale));
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
