package gr.kentra.cases.partner;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import gr.kentra.cases.directory.DirectoryEntry;
import gr.kentra.cases.directory.DirectoryScope;
import gr.kentra.cases.directory.PartnerKind;
import gr.kentra.cases.directory.ServiceDirectory;
import gr.kentra.cases.system.InvalidField;
import gr.kentra.cases.system.RecordProblems;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What referrals may ask of the directory. */
@Component
public class Partners {

    /** The little a referral needs to know about its partner; {@code own}: the centre's, not the region's. */
    public record Summary(UUID id, String name, PartnerKind kind, boolean own) {

        Summary(UUID id, String name, PartnerKind kind) {
            this(id, name, kind, true);
        }
    }

    private final PartnerRepository repository;
    private final ServiceDirectory directory;

    Partners(PartnerRepository repository, ServiceDirectory directory) {
        this.repository = repository;
        this.directory = directory;
    }

    /**
     * A directory service the centre may refer to: its own or its region's. 404 if this centre sees no such service
     * (another centre's private entry, another region's); a 400 field error on {@code field} if it is deactivated.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Summary requireActiveService(UUID id, String field) {
        DirectoryEntry entry = directory.visible(id)
                .orElseThrow(() -> RecordProblems.notFound("problem.directory.notFound"));
        if (!entry.active()) {
            throw new InvalidField(field, "problem.directory.inactive");
        }
        return new Summary(entry.id(), entry.name(), entry.kind(), entry.scope() == DirectoryScope.PRIVATE);
    }

    /** 404 if this centre has no such partner; a 400 field error on {@code field} if it is deactivated. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Summary requireActive(UUID id, String field) {
        Partner partner = repository.findById(id)
                .orElseThrow(() -> RecordProblems.notFound("problem.partner.notFound"));
        if (!partner.active()) {
            throw new InvalidField(field, "problem.partner.inactive");
        }
        return new Summary(partner.id(), partner.name(), partner.kind());
    }

    /** The partner of an existing referral (active or not). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Summary find(UUID id) {
        Partner partner = repository.findById(id)
                .orElseThrow(() -> RecordProblems.notFound("problem.partner.notFound"));
        return new Summary(partner.id(), partner.name(), partner.kind());
    }

    /** The active partners, by name: what a referral form offers. */
    @Transactional(readOnly = true)
    public List<Summary> active() {
        return repository.findAllByOrderByNameAscIdAsc().stream().filter(Partner::active)
                .map(p -> new Summary(p.id(), p.name(), p.kind())).toList();
    }

    /**
     * The active directory services a referral form offers: the region's, then the centre's own ({@code own}), each
     * group by name.
     */
    @Transactional(readOnly = true)
    public List<Summary> activeServices() {
        return directory.all().stream().filter(DirectoryEntry::active)
                .sorted(java.util.Comparator.comparing((DirectoryEntry e) -> e.scope() == DirectoryScope.PRIVATE))
                .map(e -> new Summary(e.id(), e.name(), e.kind(), e.scope() == DirectoryScope.PRIVATE)).toList();
    }

    /** The service type of a directory service this centre sees (active or not); empty if it sees none. */
    @Transactional(propagation = Propagation.MANDATORY)
    public java.util.Optional<PartnerKind> serviceType(UUID id) {
        return directory.known(List.of(id)).stream().map(DirectoryEntry::kind).findFirst();
    }

    /** The names of these directory services by id, deactivated ones too (old referrals keep their service). */
    @Transactional(readOnly = true)
    public Map<UUID, String> serviceNames(java.util.Collection<UUID> ids) {
        Map<UUID, String> names = new java.util.HashMap<>();
        directory.known(ids).forEach(entry -> names.put(entry.id(), entry.name()));
        return names;
    }

    /** Every partner's name by id, deactivated ones included (old referrals keep their partner), in name order. */
    @Transactional(readOnly = true)
    public Map<UUID, String> names() {
        Map<UUID, String> names = new java.util.LinkedHashMap<>();
        repository.findAllByOrderByNameAscIdAsc().forEach(partner -> names.put(partner.id(), partner.name()));
        return names;
    }
}
