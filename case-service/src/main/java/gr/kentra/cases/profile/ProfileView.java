package gr.kentra.cases.profile;

import java.time.Instant;

import gr.kentra.cases.model.EmploymentStatus;

record ProfileView(EmploymentStatus employmentStatus, Integer unemploymentMonths, Integer iscedLevel,
        HousingSituation housingSituation, boolean disability, boolean migrant, boolean foreignBackground,
        boolean roma, boolean ruralArea, boolean singleParent, boolean otherDisadvantage, Instant updatedAt,
        String updatedBy, Long version) {
}
