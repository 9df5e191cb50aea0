package gr.kentra.cases.homeless;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import gr.kentra.cases.audit.AuditAction;
import gr.kentra.cases.audit.AuditTrail;
import gr.kentra.cases.audit.AuditedRecords;
import gr.kentra.cases.audit.RecordType;
import gr.kentra.cases.beneficiary.Beneficiaries;
import gr.kentra.cases.partner.Partners;
import gr.kentra.cases.system.CurrentStaff;
import gr.kentra.commons.time.Athens;
import gr.kentra.commons.web.PageOf;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The homeless register. One ACTIVE entry per person (checked here, and by a partial unique index for races);
 * every read and change is audited, every registration published for the indicators in the same transaction.
 */
@Service
class HomelessService {

    static final ZoneId CENTRE_ZONE = Athens.ZONE;

    private final EntryRepository repository;
    private final Beneficiaries beneficiaries;
    private final Partners partners;
    private final AuditTrail audit;
    private final AuditedRecords<HomelessRegisterEntry, EntryView> records;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.system(CENTRE_ZONE);

    HomelessService(EntryRepository repository, Beneficiaries beneficiaries, Partners partners, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.beneficiaries = beneficiaries;
        this.partners = partners;
        this.audit = audit;
        this.records = new AuditedRecords<>(audit, RecordType.HOMELESS_REGISTER_ENTRY, repository, EntryView::of,
                HomelessRegisterEntry::version, HomelessProblems::notFound);
        this.events = events;
    }

    @Transactional
    EntryView register(NewEntry request) {
        beneficiaries.requireOpenForNewWork(request.beneficiaryId());
        requireNoActiveEntry(request.beneficiaryId(), null);
        if (request.shelterPartnerId() != null) {
            partners.requireActive(request.shelterPartnerId(), "shelterPartnerId");
        }
        HomelessRegisterEntry saved = repository.saveAndFlush(
                HomelessRegisterEntry.register(request, CurrentStaff.username(), clock.instant()));
        audit.record(saved.beneficiaryId(), RecordType.HOMELESS_REGISTER_ENTRY, saved.id(), AuditAction.CREATE, null);
        events.publishEvent(new HomelessRegistered(saved.id(), saved.beneficiaryId(), saved.situation(),
                saved.registeredOn()));
        return EntryView.of(saved);
    }

    @Transactional
    EntryView find(UUID id) {
        return records.find(id);
    }

    /** Lists newest registered first; each entry shown is audited as a search hit on its person's record. */
    @Transactional
    PageOf<EntryView> list(EntryFilter filter, int page, int size) {
        return records.page(filter.specification(), EntryFilter.NEWEST_FIRST, page, size);
    }

    @Transactional
    EntryView update(UUID id, EntryChange change) {
        return EntryView.of(records.change(id, change.version(), entry -> {
            if (change.status() == HomelessStatus.ACTIVE && entry.status() != HomelessStatus.ACTIVE) {
                requireNoActiveEntry(entry.beneficiaryId(), id);
            }
            // A shelter since deactivated may stay on the entries that name it; a new one must be active.
            if (change.shelterPartnerId() != null && !change.shelterPartnerId().equals(entry.shelterPartnerId())) {
                partners.requireActive(change.shelterPartnerId(), "shelterPartnerId");
            }
            return entry.apply(change, LocalDate.now(clock));
        }));
    }

    /** After the unique index refused a second ACTIVE entry: the entry that won, for the 409 (null if none). */
    @Transactional(readOnly = true)
    UUID activeEntryOf(UUID beneficiaryId) {
        return repository.findFirstByBeneficiaryIdAndStatus(beneficiaryId, HomelessStatus.ACTIVE)
                .map(HomelessRegisterEntry::id).orElse(null);
    }

    @Transactional(readOnly = true)
    UUID beneficiaryOf(UUID id) {
        return repository.findById(id).map(HomelessRegisterEntry::beneficiaryId).orElse(null);
    }

    @Transactional(readOnly = true)
    Long versionOf(UUID id) {
        return records.versionOf(id);
    }

    private void requireNoActiveEntry(UUID beneficiaryId, UUID self) {
        repository.findFirstByBeneficiaryIdAndStatus(beneficiaryId, HomelessStatus.ACTIVE)
                .filter(existing -> !existing.id().equals(self))
                .ifPresent(existing -> {
                    throw HomelessProblems.alreadyActive(existing.id());
                });
    }
}
