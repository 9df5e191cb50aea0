package gr.kentra.cases.reception;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.audit.AuditAction;
import gr.kentra.cases.audit.AuditTrail;
import gr.kentra.cases.audit.RecordType;
import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.system.CurrentStaff;
import gr.kentra.cases.system.RecordProblems;
import gr.kentra.commons.time.Athens;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reception's walk-in queue, by the centre's day. Checking in, being seen and every listing are audited on the
 * person's record like the diary's.
 */
@Service
class ReceptionService {

    static final ZoneId CENTRE_ZONE = Athens.ZONE;

    private final WalkInRepository walkIns;
    private final Beneficiaries beneficiaries;
    private final AuditTrail audit;
    private final Clock clock = Clock.system(CENTRE_ZONE);

    ReceptionService(WalkInRepository walkIns, Beneficiaries beneficiaries, AuditTrail audit) {
        this.walkIns = walkIns;
        this.beneficiaries = beneficiaries;
        this.audit = audit;
    }

    /** Checks the person in; 409 if they are already waiting today. */
    @Transactional
    WalkInView checkIn(CheckIn checkIn) {
        beneficiaries.requireOpenForNewWork(checkIn.beneficiaryId());
        if (walkIns.existsByBeneficiaryIdAndStatusAndArrivedAtGreaterThanEqual(checkIn.beneficiaryId(),
                WalkInStatus.WAITING, startOf(LocalDate.now(clock)))) {
            throw new RecordProblems.Coded(HttpStatus.CONFLICT, "problem.walkIn.waiting.title",
                    "problem.walkIn.waiting");
        }
        WalkIn saved = walkIns.saveAndFlush(new WalkIn(checkIn.beneficiaryId(), checkIn.purpose(),
                CurrentStaff.username(), clock.instant()));
        audit.record(saved.beneficiaryId(), RecordType.WALK_IN, saved.id(), AuditAction.CREATE, null);
        return saved.view();
    }

    /** The day's queue in order of arrival; each entry listed is audited as a search hit. */
    @Transactional
    List<WalkInView> day(LocalDate day) {
        List<WalkIn> found = walkIns.findByArrivedAtGreaterThanEqualAndArrivedAtLessThanOrderByArrivedAtAscIdAsc(
                startOf(day), startOf(day.plusDays(1)));
        audit.searched(RecordType.WALK_IN, found);
        return found.stream().map(WalkIn::view).toList();
    }

    @Transactional
    WalkInView transition(UUID id, WalkInTransition transition) {
        WalkIn walkIn = walkIns.findById(id).orElseThrow(() -> RecordProblems.notFound("problem.walkIn.notFound"));
        RecordProblems.requireVersion(walkIn.version(), transition.version());
        if (!walkIn.moveTo(transition.to(), CurrentStaff.username(), clock.instant())) {
            throw RecordProblems.illegalTransition(walkIn.status(), transition.to(),
                    walkIn.status() == WalkInStatus.WAITING ? List.of(WalkInStatus.SEEN, WalkInStatus.LEFT) : List.of());
        }
        WalkIn saved = walkIns.saveAndFlush(walkIn);
        audit.record(saved.beneficiaryId(), RecordType.WALK_IN, id, AuditAction.UPDATE,
                List.of("status", "seenAt", "seenBy"));
        return saved.view();
    }

    @Transactional(readOnly = true)
    Long versionOf(UUID id) {
        return walkIns.findById(id).map(WalkIn::version).orElse(null);
    }

    private static java.time.Instant startOf(LocalDate day) {
        return day.atStartOfDay(CENTRE_ZONE).toInstant();
    }
}
