package gr.kentra.cases.partner;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import gr.kentra.cases.directory.DirectoryEntry;
import gr.kentra.cases.directory.PrivateEntries;
import gr.kentra.cases.system.RecordProblems;
import org.springframework.stereotype.Component;

/** The partners as the directory's private entries. */
@Component
class PartnerEntries implements PrivateEntries {

    private final PartnerRepository partners;
    private final PartnerService service;

    PartnerEntries(PartnerRepository partners, PartnerService service) {
        this.partners = partners;
        this.service = service;
    }

    @Override
    public List<DirectoryEntry> all() {
        return partners.findAllByOrderByNameAscIdAsc().stream().map(Partner::entry).toList();
    }

    @Override
    public Optional<DirectoryEntry> find(UUID id) {
        return partners.findById(id).map(Partner::entry);
    }

    @Override
    public List<DirectoryEntry> find(Collection<UUID> ids) {
        return partners.findAllById(ids).stream().map(Partner::entry).toList();
    }

    @Override
    public DirectoryEntry save(DirectoryEntry entry) {
        Partner partner = partners.findById(entry.id()).orElse(null);
        if (partner == null) {
            partner = Partner.of(entry);
        } else {
            partner.take(entry);
        }
        return partners.saveAndFlush(partner).entry();
    }

    @Override
    public void switchOnOrOff(UUID id, boolean active, long version) {
        PartnerView partner = PartnerView.of(partners.findById(id)
                .orElseThrow(() -> RecordProblems.notFound("problem.partner.notFound")));
        // Its other fields as they are, so that only the flag changes.
        service.update(id, new PartnerForm(partner.name(), partner.kind(), partner.contact(), active, version));
    }
}
