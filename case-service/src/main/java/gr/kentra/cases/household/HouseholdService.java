package gr.kentra.cases.household;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.audit.AuditAction;
import gr.kentra.cases.audit.AuditTrail;
import gr.kentra.cases.audit.RecordType;
import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.system.InvalidField;
import gr.kentra.cases.system.RecordProblems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class HouseholdService {

    private final HouseholdMemberRepository members;
    private final Beneficiaries beneficiaries;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    HouseholdService(HouseholdMemberRepository members, Beneficiaries beneficiaries, AuditTrail audit) {
        this.members = members;
        this.beneficiaries = beneficiaries;
        this.audit = audit;
    }

    @Transactional
    List<HouseholdMemberView> list(UUID beneficiary) {
        beneficiaries.requireExisting(beneficiary);
        audit.read(beneficiary, RecordType.HOUSEHOLD_MEMBER, null);
        return members.findByBeneficiaryIdOrderByRelationAscIdAsc(beneficiary).stream()
                .map(HouseholdMemberView::of).toList();
    }

    @Transactional
    HouseholdMemberView add(UUID beneficiary, HouseholdMemberRequest request) {
        beneficiaries.requireNotErased(beneficiary);
        check(request);
        HouseholdMember member = members.saveAndFlush(HouseholdMember.of(beneficiary, request));
        audit.record(beneficiary, RecordType.HOUSEHOLD_MEMBER, member.id(), AuditAction.CREATE, null);
        return HouseholdMemberView.of(member);
    }

    @Transactional
    HouseholdMemberView update(UUID beneficiary, UUID id, HouseholdMemberRequest request) {
        HouseholdMember member = find(beneficiary, id);
        check(request);
        if (request.version() == null) {
            throw new InvalidField("version", "NotNull");
        }
        RecordProblems.requireVersion(member.version(), request.version());
        List<String> changed = member.apply(request);
        HouseholdMember saved = members.saveAndFlush(member);
        audit.record(beneficiary, RecordType.HOUSEHOLD_MEMBER, id, AuditAction.UPDATE, changed);
        return HouseholdMemberView.of(saved);
    }

    @Transactional
    void remove(UUID beneficiary, UUID id) {
        HouseholdMember member = find(beneficiary, id);
        members.delete(member);
        audit.record(beneficiary, RecordType.HOUSEHOLD_MEMBER, id, AuditAction.DELETE, null);
    }

    @Transactional(readOnly = true)
    Long versionOf(UUID id) {
        return members.findById(id).map(HouseholdMember::version).orElse(null);
    }

    private HouseholdMember find(UUID beneficiary, UUID id) {
        beneficiaries.requireExisting(beneficiary);
        return members.findByIdAndBeneficiaryId(id, beneficiary)
                .orElseThrow(() -> RecordProblems.notFound("problem.household.notFound"));
    }

    private void check(HouseholdMemberRequest request) {
        if (request.yearOfBirth() == null && request.age() == null) {
            throw new InvalidField("yearOfBirth", "problem.household.ageOrYear");
        }
        if (request.yearOfBirth() != null && request.yearOfBirth() > Year.now(clock).getValue()) {
            throw new InvalidField("yearOfBirth", "PastOrPresent");
        }
    }
}
