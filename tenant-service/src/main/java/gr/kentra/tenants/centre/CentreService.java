package gr.kentra.tenants.centre;

import java.time.Clock;
import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry's transactions: each method is one unit of work, audited where it changes something. */
@Service
class CentreService {

    private final CentreRepository centres;
    private final AuditTrail audit;
    private final Clock clock;

    CentreService(CentreRepository centres, AuditTrail audit, Clock clock) {
        this.centres = centres;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Page<CentreView> search(CentreStatus status, Region region, String q, Pageable page) {
        String pattern = q == null || q.isBlank() ? null : "%" + q.strip().toLowerCase(java.util.Locale.ROOT) + "%";
        return centres.search(status, region == null ? null : region.code(), pattern, page).map(CentreView::of);
    }

    @Transactional(readOnly = true)
    CentreView find(String id) {
        return centres.findById(id).map(CentreView::of).orElseThrow(CentreProblems.NotFound::new);
    }

    @Transactional
    CentreView register(OnboardCentre request, String actor) {
        if (centres.existsById(request.id())) {
            throw new CentreProblems.AlreadyExists(request.id());
        }
        Centre centre = new Centre(request.id(), request.nameEl(), request.nameEn(), request.municipality(),
                Region.ofCode(request.region()).orElseThrow(),
                request.cell() == null ? CellsProperties.DEFAULT : request.cell(), Instant.now(clock));
        centre.fund(request.misCode(), request.programmePeriod() == null ? ProgrammePeriods.CURRENT
                : request.programmePeriod());
        centre.contact(request.address(), request.phone(), request.email());
        Centre saved = centres.saveAndFlush(centre);
        audit.record(saved.id(), actor, "ONBOARDED", "region=" + saved.region().code() + " cell=" + saved.cell());
        return CentreView.of(saved);
    }

    @Transactional
    CentreView change(String id, CentreChanges changes, String actor) {
        Centre centre = centres.findById(id).orElseThrow(CentreProblems.NotFound::new);
        if (centre.status() == CentreStatus.DELETED) {
            throw new CentreProblems.Deleted();
        }
        if (changes.version() != null && !changes.version().equals(centre.version())) {
            throw new CentreProblems.StaleVersion(centre.version());
        }
        Instant now = Instant.now(clock);
        centre.describe(changes.nameEl(), changes.nameEn(), changes.municipality(), now);
        centre.fund(changes.misCode(), changes.programmePeriod());
        centre.contact(changes.address(), changes.phone(), changes.email());
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
