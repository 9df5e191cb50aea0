package gr.kentra.cases.profile;

import static gr.kentra.cases.system.Edits.track;

import java.time.Instant;
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

/** One per beneficiary: the facts the ESF participant indicators are computed from. */
@Entity
@Table(name = "socio_economic_profile")
class SocioEconomicProfile {

    @Id
    @Column(name = "beneficiary_id")
    private UUID beneficiaryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_status", nullable = false)
    private EmploymentStatus employmentStatus;

    @Column(name = "unemployment_months")
    private Integer unemploymentMonths;

    @Column(name = "isced_level")
    private Integer iscedLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "housing_situation", nullable = false)
    private HousingSituation housingSituation;

    private boolean disability;
    private boolean migrant;
    @Column(name = "foreign_background")
    private boolean foreignBackground;
    private boolean roma;
    @Column(name = "rural_area")
    private boolean ruralArea;
    @Column(name = "single_parent")
    private boolean singleParent;
    @Column(name = "other_disadvantage")
    private boolean otherDisadvantage;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private Long version;

    protected SocioEconomicProfile() {
    }

    static SocioEconomicProfile of(UUID beneficiaryId) {
        SocioEconomicProfile profile = new SocioEconomicProfile();
        profile.beneficiaryId = beneficiaryId;
        return profile;
    }

    /** Takes over the request; returns the names of the fields that changed. */
    List<String> apply(ProfileRequest r, Instant at, String by) {
        List<String> changed = new ArrayList<>();
        employmentStatus = track(changed, "employmentStatus", employmentStatus, r.employmentStatus());
        unemploymentMonths = track(changed, "unemploymentMonths", unemploymentMonths, r.unemploymentMonths());
        iscedLevel = track(changed, "iscedLevel", iscedLevel, r.iscedLevel());
        housingSituation = track(changed, "housingSituation", housingSituation, r.housingSituation());
        disability = track(changed, "disability", disability, flag(r.disability()));
        migrant = track(changed, "migrant", migrant, flag(r.migrant()));
        foreignBackground = track(changed, "foreignBackground", foreignBackground, flag(r.foreignBackground()));
        roma = track(changed, "roma", roma, flag(r.roma()));
        ruralArea = track(changed, "ruralArea", ruralArea, flag(r.ruralArea()));
        singleParent = track(changed, "singleParent", singleParent, flag(r.singleParent()));
        otherDisadvantage = track(changed, "otherDisadvantage", otherDisadvantage, flag(r.otherDisadvantage()));
        updatedAt = at;
        updatedBy = by;
        return changed;
    }

    private static boolean flag(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    ProfileView view() {
        return new ProfileView(employmentStatus, unemploymentMonths, iscedLevel, housingSituation, disability,
                migrant, foreignBackground, roma, ruralArea, singleParent, otherDisadvantage, updatedAt, updatedBy,
                version);
    }

    Long version() { return version; }
}
