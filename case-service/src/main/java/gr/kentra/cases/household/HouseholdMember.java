package gr.kentra.cases.household;

import static gr.kentra.cases.system.Edits.track;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.model.EmploymentStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Someone who lives with a beneficiary. Not a registered person: no name, only what the record card needs. */
@Entity
@Table(name = "household_member")
class HouseholdMember {

    @Id
    private UUID id;

    @Column(name = "beneficiary_id", nullable = false)
    private UUID beneficiaryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Relation relation;

    @Column(name = "year_of_birth")
    private Integer yearOfBirth;

    private Integer age;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_status")
    private EmploymentStatus employmentStatus;

    @Column(nullable = false)
    private boolean disability;

    @Version
    private Long version;

    protected HouseholdMember() {
    }

    static HouseholdMember of(UUID beneficiaryId, HouseholdMemberRequest request) {
        HouseholdMember member = new HouseholdMember();
        member.id = UUID.randomUUID();
        member.beneficiaryId = beneficiaryId;
        member.apply(request);
        return member;
    }

    /** Takes over the request; returns the names of the fields that changed. */
    List<String> apply(HouseholdMemberRequest request) {
        List<String> changed = new ArrayList<>();
        relation = track(changed, "relation", relation, request.relation());
        yearOfBirth = track(changed, "yearOfBirth", yearOfBirth, request.yearOfBirth());
        age = track(changed, "age", age, request.age());
        employmentStatus = track(changed, "employmentStatus", employmentStatus, request.employmentStatus());
        disability = track(changed, "disability", disability, Boolean.TRUE.equals(request.disability()));
        return changed;
    }

    UUID id() { return id; }
    UUID beneficiaryId() { return beneficiaryId; }
    Relation relation() { return relation; }
    Integer yearOfBirth() { return yearOfBirth; }
    Integer age() { return age; }
    EmploymentStatus employmentStatus() { return employmentStatus; }
    boolean disability() { return disability; }
    Long version() { return version; }
}
