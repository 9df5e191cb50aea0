package gr.kentra.cases.communityevent;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import gr.kentra.cases.system.Allowed;
import gr.kentra.cases.web.Cell;
import gr.kentra.cases.web.CentrePage;
import gr.kentra.cases.web.ListPage;
import gr.kentra.cases.web.Listing;
import gr.kentra.cases.web.Lists;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The centre's local events by kind and audience (no personal data, so nothing to audit). */
@Controller
@CentrePage
@RequestMapping("/t/{centre}/events")
class EventListPage extends ListPage<EventListPage.Filters, EventView> {

    private final EventRepository repository;

    EventListPage(EventRepository repository, Allowed allowed, Lists lists) {
        super("EVENT_READ", event -> { }, allowed, lists);
        this.repository = repository;
    }

    record Filters(String kind, String audience, String from, String to) {
    }

    @Override
    protected Listing<EventView> listing(String centre, Filters filters, Locale locale) {
        var from = Lists.day(filters.from());
        var to = Lists.day(filters.to());
        var filter = new EventFilter(Lists.choice(EventKind.class, filters.kind()),
                Lists.choice(Audience.class, filters.audience()), from,
                Lists.Days.of(filters.from(), filters.to()).to());
        List<EventView> found = repository.findAll(filter.specification(),
                Listing.request(EventFilter.NEWEST_FIRST))
                .map(CommunityEvent::view).getContent();
        Map<String, String> kinds = lists.labels(EventKind.class, "eventKind", locale);
        Map<String, String> audiences = lists.labels(Audience.class, "audience", locale);
        return new Listing<>(lists.text("page.lists.events", locale), lists.text("page.lists.events.file", locale),
                List.of(lists.column("date", "page.lists.heldOn", locale),
                        lists.column("title", "page.lists.title.column", locale),
                        lists.column("kind", "page.lists.kind", locale),
                        lists.column("audience", "page.lists.audience", locale),
                        lists.column("participants", "page.lists.participants", locale),
                        lists.column("partners", "page.lists.partners", locale)),
                Lists.capped(found),
                e -> List.of(Cell.day(e.date()), Cell.text(e.title()), Cell.label(kinds.get(e.kind().name())),
                        Cell.label(audiences.get(e.audience().name())), Cell.number(e.participants()),
                        Cell.text(e.partners())),
                List.of(Listing.Filter.choice("kind", lists.text("page.lists.kind", locale), filters.kind(), kinds),
                        Listing.Filter.choice("audience", lists.text("page.lists.audience", locale),
                                filters.audience(), audiences),
                        Listing.Filter.day("from", lists.text("page.lists.from", locale), from),
                        Listing.Filter.day("to", lists.text("page.lists.to", locale), to)),
                found.size() > Listing.CAP);
    }
}
