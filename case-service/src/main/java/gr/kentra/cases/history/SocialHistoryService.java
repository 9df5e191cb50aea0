package gr.kentra.cases.history;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.audit.AuditAction;
import gr.kentra.cases.audit.AuditTrail;
import gr.kentra.cases.audit.RecordType;
import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.system.CurrentStaff;
import gr.kentra.cases.system.RecordProblems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's social history: free text, versioned. A write adds a version over the one the writer read; it
 * never overwrites. Two writers over the same version: the second gets a 409 (the unique index decides races).
 */
@Service
class SocialHistoryService {

    private final SocialHistoryRepository versions;
    private final Beneficiaries beneficiaries;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    SocialHistoryService(SocialHistoryRepository versions, Beneficiaries beneficiaries, AuditTrail audit) {
        this.versions = versions;
        this.beneficiaries = beneficiaries;
        this.audit = audit;
    }

    @Transactional
    SocialHistoryView show(UUID beneficiary) {
        beneficiaries.requireExisting(beneficiary);
        audit.read(beneficiary, RecordType.SOCIAL_HISTORY, null);
        return view(versions.findByBeneficiaryIdOrderByVersionDesc(beneficiary));
    }

    @Transactional
    SocialHistoryView write(UUID beneficiary, SocialHistoryView.Write request) {
        beneficiaries.requireNotErased(beneficiary);
        int current = currentVersion(beneficiary);
        if (request.version() != current) {
            throw RecordProblems.staleVersion((long) current);
        }
        versions.saveAndFlush(new SocialHistoryVersion(beneficiary, current + 1, request.text().strip(),
                clock.instant(), CurrentStaff.username()));
        audit.record(beneficiary, RecordType.SOCIAL_HISTORY, current + 1, AuditAction.UPDATE, List.of("text"));
        return view(versions.findByBeneficiaryIdOrderByVersionDesc(beneficiary));
    }

    @Transactional(readOnly = true)
    int currentVersion(UUID beneficiary) {
        List<SocialHistoryVersion> existing = versions.findByBeneficiaryIdOrderByVersionDesc(beneficiary);
        return existing.isEmpty() ? 0 : existing.getFirst().version();
    }

    private static SocialHistoryView view(List<SocialHistoryVersion> newestFirst) {
        if (newestFirst.isEmpty()) {
            return new SocialHistoryView(null, 0, List.of());
        }
        SocialHistoryVersion current = newestFirst.getFirst();
        return new SocialHistoryView(current.text(), current.version(),
                newestFirst.stream().map(SocialHistoryView.Entry::of).toList());
    }
}
