package gr.kentra.cases.partner;

import java.util.List;
import java.util.UUID;

import gr.kentra.cases.directory.PartnerKind;
import gr.kentra.cases.system.InvalidField;
import gr.kentra.cases.system.RecordProblems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory holds no personal data, so it is not audited. */
@Service
class PartnerService {

    private final PartnerRepository partners;

    PartnerService(PartnerRepository partners) {
        this.partners = partners;
    }

    @Transactional(readOnly = true)
    List<PartnerView> list(PartnerKind kind, Boolean active) {
        return partners.findAllByOrderByNameAscIdAsc().stream()
                .filter(p -> kind == null || p.kind() == kind)
                .filter(p -> active == null || p.active() == active)
                .map(PartnerView::of).toList();
    }

    @Transactional
    PartnerView add(PartnerForm form) {
        return PartnerView.of(partners.saveAndFlush(Partner.of(form)));
    }

    @Transactional
    PartnerView update(UUID id, PartnerForm form) {
        Partner partner = partners.findById(id)
                .orElseThrow(() -> RecordProblems.notFound("problem.partner.notFound"));
        if (form.version() == null) {
            throw new InvalidField("version", "NotNull");
        }
        RecordProblems.requireVersion(partner.version(), form.version());
        partner.apply(form);
        return PartnerView.of(partners.saveAndFlush(partner));
    }

    @Transactional(readOnly = true)
    Long versionOf(UUID id) {
        return partners.findById(id).map(Partner::version).orElse(null);
    }
}
