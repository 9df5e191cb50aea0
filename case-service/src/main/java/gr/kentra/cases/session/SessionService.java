package gr.kentra.cases.session;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.audit.AuditAction;
import gr.kentra.cases.audit.AuditTrail;
import gr.kentra.cases.audit.RecordType;
import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.system.Amendment;
import gr.kentra.cases.system.CurrentStaff;
import gr.kentra.cases.system.InvalidField;
import gr.kentra.cases.system.Paging;
import gr.kentra.cases.system.RecordProblems;
import gr.kentra.commons.web.PageOf;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counselling sessions. A session concerns each of its participants, so every read and change is audited once
 * per participant. Notes are shown to their author only; a coordinator may open them by break-glass.
 */
@Service
class SessionService {

    private final SessionRepository sessions;
    private final Beneficiaries beneficiaries;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    SessionService(SessionRepository sessions, Beneficiaries beneficiaries, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.beneficiaries = beneficiaries;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    SessionView record(SessionRequest request) {
        check(request);
        requireOpenForNewWork(request.participants());
        String author = CurrentStaff.username();
        CounsellingSession saved = sessions.saveAndFlush(new CounsellingSession(request, author, clock.instant()));
        auditEach(saved, AuditAction.CREATE, null);
        events.publishEvent(saved.held());
        return saved.viewFor(author);
    }

    /** Only the author edits a session: nobody else can see its notes, so nobody else can send them back. */
    @Transactional
    SessionView update(UUID id, SessionRequest request) {
        CounsellingSession session = sessions.findById(id).orElseThrow(SessionProblems::notFound);
        String caller = CurrentStaff.username();
        if (!session.writtenBy(caller)) {
            throw SessionProblems.notTheAuthor();
        }
        if (request.version() == null) {
            throw new InvalidField("version", "NotNull");
        }
        RecordProblems.requireVersion(session.version(), request.version());
        check(request);
        List<UUID> before = session.participants();
        List<String> changed = session.apply(request);
        CounsellingSession saved = sessions.saveAndFlush(session);
        // People removed from the session are told in their own trail too.
        before.stream().filter(p -> !saved.participants().contains(p))
                .forEach(p -> audit.record(p, RecordType.COUNSELLING_SESSION, id, AuditAction.UPDATE, changed));
        auditEach(saved, AuditAction.UPDATE, changed);
        events.publishEvent(new Amendment(saved.held()));
        return saved.viewFor(caller);
    }

    @Transactional
    SessionView find(UUID id) {
        CounsellingSession session = sessions.findById(id).orElseThrow(SessionProblems::notFound);
        auditEach(session, AuditAction.READ, null);
        return session.viewFor(CurrentStaff.username());
    }

    @Transactional
    PageOf<SessionView> search(SessionFilter filter, int page, int size) {
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new InvalidField("to", "problem.range");
        }
        if (filter.beneficiary() != null) {
            beneficiaries.requireExisting(filter.beneficiary());
        }
        Paging paging = Paging.of(page, size);
        var found = sessions.findAll(filter.specification(), paging.request(
                Sort.by(Sort.Order.desc("heldOn"), Sort.Order.desc("recordedAt"), Sort.Order.asc("id"))));
        String caller = CurrentStaff.username();
        found.forEach(session -> auditEach(session, AuditAction.SEARCH, null));
        return paging.of(found, s -> s.viewFor(caller));
    }

    /** A coordinator opens the notes; the reason goes into every participant's audit trail. */
    @Transactional
    SessionView.Notes breakGlass(UUID id, String reason) {
        CounsellingSession session = sessions.findById(id).orElseThrow(SessionProblems::notFound);
        session.participants().forEach(p -> audit.recordWithReason(p, RecordType.COUNSELLING_SESSION, id,
                AuditAction.BREAK_GLASS, reason));
        return session.notes();
    }

    @Transactional(readOnly = true)
    Long versionOf(UUID id) {
        return sessions.findById(id).map(CounsellingSession::version).orElse(null);
    }

    private void check(SessionRequest request) {
        var distinct = new HashSet<>(request.participants());
        if (request.type() == SessionType.INDIVIDUAL && distinct.size() != 1) {
            throw new InvalidField("participants", "problem.session.oneParticipant");
        }
        if (request.type() != SessionType.INDIVIDUAL && distinct.size() < 2) {
            throw new InvalidField("participants", "problem.session.severalParticipants");
        }
        for (int i = 0; i < request.participants().size(); i++) {
            if (!beneficiaries.exists(request.participants().get(i))) {
                throw new InvalidField("participants[" + i + "]", "problem.unknownBeneficiary");
            }
        }
    }

    /** A new session needs every participant reachable; edits of past sessions stay possible after erasure. */
    private void requireOpenForNewWork(List<UUID> participants) {
        for (int i = 0; i < participants.size(); i++) {
            if (!beneficiaries.openForNewWork(participants.get(i))) {
                throw new InvalidField("participants[" + i + "]", "problem.closedBeneficiary");
            }
        }
    }

    private void auditEach(CounsellingSession session, AuditAction action, List<String> fields) {
        session.participants().forEach(p -> audit.record(p, RecordType.COUNSELLING_SESSION, session.id(), action,
                fields));
    }
}
