package gr.kentra.tenants.centre.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import gr.kentra.tenants.centre.audit.AuditLine;
import gr.kentra.tenants.centre.audit.AuditTrail;
import gr.kentra.tenants.centre.cell.CellsProperties;
import gr.kentra.tenants.centre.details.InvalidSchedule;
import gr.kentra.tenants.centre.details.Region;
import gr.kentra.tenants.centre.details.Schedules;
import org.springframework.data.domain.Page;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's transactions: each method is one unit of work, audited where it changes something. Public for
 * the admin pages ({@code gr.kentra.tenants.web}), which use the same rules as the API.
 */
@NamedInterface("registry")
@Service
public class CentreService {

    private final CentreRepository centres;
    private final AuditTrail audit;
    private final Clock clock;

    CentreService(CentreRepository centres, AuditTrail audit, Clock clock) {
        this.centres = centres;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<CentreView> search(CentreQuery query) {
        return centres.search(query.status(), query.region() == null ? null : query.region().code(),
                query.generated(), query.pattern(), query.pageable()).map(CentreView::of);
    }

    @Transactional(readOnly = true)
    public CentreView find(String id) {
        return centres.findById(id).map(CentreView::of).orElseThrow(CentreProblems.NotFound::new);
    }

    /**
     * Other centres with the same Greek name: allowed (two municipalities can share a name, a re-founded centre
     * does), so the pages show them for the administrator to check it is not one centre registered twice.
     */
    @Transactional(readOnly = true)
    public List<String> namesakes(String id) {
        return centres.findById(id).map(centre -> centres.namesakes(id, centre.nameEl())).orElse(List.of());
    }

    /** The centre's audit trail, newest first: who onboarded, edited or changed it, and onboarding's steps. */
    @Transactional(readOnly = true)
    public List<AuditLine> trail(String id, int limit) {
        return audit.lines(id, limit);
    }

    @Transactional
    public CentreView register(OnboardCentre request, String actor, String runner) {
        if (centres.existsById(request.id())) {
            throw new CentreProblems.AlreadyExists(request.id());
        }
        Instant now = Instant.now(clock);
        Centre centre = new Centre(request.id(), request.nameEl(), request.nameEn(), request.municipality(),
                Region.ofCode(request.region()).orElseThrow(),
                request.cell() == null ? CellsProperties.DEFAULT : request.cell(), now);
        centre.detail(request.details(), now);
        centre.claimSteps(runner, now);
        Centre saved = centres.saveAndFlush(centre);
        audit.record(saved.id(), actor, "ONBOARDED", "region=" + saved.region().code() + " cell=" + saved.cell());
        return CentreView.of(saved);
    }

    /** Makes the centre's failed onboarding steps due now; refused for a centre that is not onboarding. */
    @Transactional
    public void retrying(String id, String actor) {
        Centre centre = centres.findById(id).orElseThrow(CentreProblems.NotFound::new);
        if (centre.schemaStatus() != SchemaStatus.FAILED && centre.keycloakStatus() != SchemaStatus.FAILED) {
            throw new CentreProblems.NothingToRetry();
        }
        centres.dueNow(id, Instant.now(clock));
        audit.record(id, actor, "ONBOARDING_RETRIED", null);
    }

    @Transactional
    public CentreView change(String id, CentreChanges changes, String actor) {
        Centre centre = centres.findById(id).orElseThrow(CentreProblems.NotFound::new);
        if (centre.status() == CentreStatus.DELETED) {
            throw new CentreProblems.Deleted();
        }
        if (changes.version() != null && !changes.version().equals(centre.version())) {
            throw new CentreProblems.StaleVersion(centre.version());
        }
        Instant now = Instant.now(clock);
        centre.describe(changes.nameEl(), changes.nameEn(), changes.municipality(), now);
        centre.detail(changes.details(), now);
        if (changes.misCode() != null) {
            centre.fund(changes.misCode(), changes.programmePeriod());
        }
        // A partial update may bring only one of the two lists: the rules hold for the merged schedule.
        List<Schedules.Violation> hours = Schedules.violations(centre.openingHours(), centre.walkInHours());
        if (!hours.isEmpty()) {
            throw new InvalidSchedule(hours);
        }
        CentreStatus before = centre.status();
        if (changes.status() != null) {
            centre.changeStatus(changes.status(), now);
        }
        Centre saved = centres.saveAndFlush(centre);
        if (before != saved.status()) {
            audit.record(id, actor, "STATUS_CHANGED", before + " -> " + saved.status());
        } else {
            audit.record(id, actor, "EDITED", null);
        }
        return CentreView.of(saved);
    }
}
