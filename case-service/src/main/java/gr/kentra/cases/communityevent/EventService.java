package gr.kentra.cases.communityevent;

import java.time.Clock;
import java.util.UUID;

import gr.kentra.cases.system.Amendment;
import gr.kentra.cases.system.CurrentStaff;
import gr.kentra.cases.system.InvalidField;
import gr.kentra.cases.system.Paging;
import gr.kentra.cases.system.RecordProblems;
import gr.kentra.commons.web.PageOf;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local events of the centre. They hold no personal data (a head count, not a list of people), so they are not
 * audited; every event recorded is published for the indicators in the same transaction.
 */
@Service
class EventService {

    private final EventRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    EventService(EventRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    @Transactional
    EventView record(EventForm form) {
        CommunityEvent saved = repository.saveAndFlush(new CommunityEvent(form, CurrentStaff.username(),
                clock.instant()));
        events.publishEvent(saved.held());
        return saved.view();
    }

    @Transactional(readOnly = true)
    EventView find(UUID id) {
        return load(id).view();
    }

    @Transactional(readOnly = true)
    PageOf<EventView> list(EventFilter filter, int page, int size) {
        Paging paging = Paging.of(page, size);
        var result = repository.findAll(filter.specification(), paging.request(
                EventFilter.NEWEST_FIRST));
        return paging.of(result, CommunityEvent::view);
    }

    @Transactional
    EventView update(UUID id, EventForm form) {
        CommunityEvent event = load(id);
        if (form.version() == null) {
            throw new InvalidField("version", "NotNull");
        }
        RecordProblems.requireVersion(event.version(), form.version());
        event.apply(form);
        CommunityEvent saved = repository.saveAndFlush(event);
        events.publishEvent(new Amendment(saved.held()));
        return saved.view();
    }

    @Transactional(readOnly = true)
    Long versionOf(UUID id) {
        return repository.findById(id).map(CommunityEvent::version).orElse(null);
    }

    private CommunityEvent load(UUID id) {
        return repository.findById(id).orElseThrow(() -> RecordProblems.notFound("problem.event.notFound"));
    }
}
