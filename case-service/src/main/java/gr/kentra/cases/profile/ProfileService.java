package gr.kentra.cases.profile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.audit.AuditAction;
import gr.kentra.cases.audit.AuditTrail;
import gr.kentra.cases.audit.RecordType;
import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.system.CurrentStaff;
import gr.kentra.cases.system.RecordProblems;
import gr.kentra.commons.time.Athens;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

@Service
class ProfileService {

    private final ProfileRepository profiles;
    private final Beneficiaries beneficiaries;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    ProfileService(ProfileRepository profiles, Beneficiaries beneficiaries, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.profiles = profiles;
        this.beneficiaries = beneficiaries;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    ProfileView find(UUID beneficiary) {
        beneficiaries.requireExisting(beneficiary);
        SocioEconomicProfile profile = profiles.findById(beneficiary)
                .orElseThrow(() -> RecordProblems.notFound("problem.profile.notFound"));
        audit.read(beneficiary, RecordType.PROFILE, beneficiary);
        return profile.view();
    }

    /** Creates the profile (version null) or changes the version the client read; otherwise a 409. */
    @Transactional
    ProfileView save(UUID beneficiary, ProfileRequest request) {
        beneficiaries.requireNotErased(beneficiary);
        var existing = profiles.findById(beneficiary);
        Long current = existing.map(SocioEconomicProfile::version).orElse(null);
        RecordProblems.requireVersion(current, request.version());
        SocioEconomicProfile profile = existing.orElseGet(() -> SocioEconomicProfile.of(beneficiary));
        List<String> changed = profile.apply(request, clock.instant(), CurrentStaff.username());
        SocioEconomicProfile saved = profiles.saveAndFlush(profile);
        audit.record(beneficiary, RecordType.PROFILE, beneficiary,
                existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, changed);
        if (existing.isEmpty()) {
            events.publishEvent(new ProfileRecorded(beneficiary, LocalDate.now(clock.withZone(Athens.ZONE))));
        }
        return saved.view();
    }

    @Transactional(readOnly = true)
    Long versionOf(UUID beneficiary) {
        return profiles.findById(beneficiary).map(SocioEconomicProfile::version).orElse(null);
    }
}
