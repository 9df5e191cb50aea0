package gr.kentra.cases.household;

import java.util.UUID;

import gr.kentra.cases.model.EmploymentStatus;

record HouseholdMemberView(UUID id, Relation relation, Integer yearOfBirth, Integer age,
        EmploymentStatus employmentStatus, boolean disability, Long version) {

    static HouseholdMemberView of(HouseholdMember m) {
        return new HouseholdMemberView(m.id(), m.relation(), m.yearOfBirth(), m.age(), m.employmentStatus(),
                m.disability(), m.version());
    }
}
