package gr.kentra.cases.beneficiary.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import gr.kentra.cases.audit.AuditAction;
import gr.kentra.cases.audit.AuditTrail;
import gr.kentra.cases.audit.RecordType;
import gr.kentra.cases.beneficiary.BeneficiaryRegistered;
import gr.kentra.cases.system.InvalidField;
import gr.kentra.cases.system.Paging;
import gr.kentra.cases.system.RecordProblems;
import gr.kentra.commons.time.Athens;
import gr.kentra.commons.web.PageOf;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/** The registry. Every read and change is audited in the same transaction. */
@Service
public class BeneficiaryService {

    private final BeneficiaryRepository repository;
    private final BeneficiarySearch search;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();
    private static final ZoneId ATHENS = Athens.ZONE;

    BeneficiaryService(BeneficiaryRepository repository, BeneficiarySearch search, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.search = search;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Registers a person; an AMKA already registered in this centre is a conflict naming the existing record,
     * a similar name with the same date of birth is only reported as a possible duplicate.
     */
    @Transactional
    public BeneficiaryView register(RegisterBeneficiary request, String registeredBy) {
        Beneficiary beneficiary = Beneficiary.register(request, registeredBy, clock.instant());
        requireUnusedAmka(beneficiary.amka(), null);
        Beneficiary saved = repository.save(beneficiary);
        audit.record(saved.id(), RecordType.BENEFICIARY, saved.id(), AuditAction.CREATE, null);
        // The person and its audit line in one flush, through the repository: the unique AMKA index's refusal of
        // a race arrives as the DataIntegrityViolationException the controller answers.
        repository.flush();
        events.publishEvent(new BeneficiaryRegistered(saved.id(), LocalDate.ofInstant(saved.registeredAt(), ATHENS),
                saved.amka(), saved.gender().name(), saved.dateOfBirth(), saved.citizenship()));
        List<BeneficiaryView.Link> duplicates = search.possibleDuplicates(saved).stream()
                .map(BeneficiaryView.Link::to).toList();
        return BeneficiaryView.of(saved, duplicates);
    }

    /** Edits the record the client read at {@code request.version()}; a stale version is a 409. */
    @Transactional
    public BeneficiaryView update(UUID id, UpdateBeneficiary request) {
        Beneficiary beneficiary = repository.findById(id).orElseThrow(BeneficiaryProblems::notFound);
        if (beneficiary.status() == BeneficiaryStatus.ERASED) {
            // An erased identity is not rectified back into existence.
            throw BeneficiaryProblems.erased();
        }
        RecordProblems.requireVersion(beneficiary.version(), request.version());
        if (request.status() == BeneficiaryStatus.ERASED) {
            throw new InvalidField("status", "problem.beneficiary.erasedByEdit");
        }
        String amka = request.amka() == null || request.amka().isBlank() ? null : request.amka().strip();
        requireUnusedAmka(amka, id);
        List<String> changed = beneficiary.update(request);
        Beneficiary saved = repository.saveAndFlush(beneficiary);
        audit.record(id, RecordType.BENEFICIARY, id, AuditAction.UPDATE, changed);
        return BeneficiaryView.of(saved);
    }

    /** The record, audited as a read in the same transaction (the audit line is the transaction's only write). */
    @Transactional
    public BeneficiaryView find(UUID id) {
        // The person and the audit line in one statement (one round trip), the person read-only: it is never
        // written back, so the commit's flush compares nothing. Not @Transactional(readOnly): that would refuse the
        // audit line's insert.
        Beneficiary beneficiary = audit.readBy(Beneficiary.class, "select * from beneficiary where id = :id",
                Map.of("id", id), id, RecordType.BENEFICIARY, id).orElseThrow(BeneficiaryProblems::notFound);
        return BeneficiaryView.of(beneficiary);
    }

    @Transactional(readOnly = true)
    public UUID idOfAmka(String amka) {
        return repository.findByAmka(amka).map(Beneficiary::id).orElse(null);
    }

    @Transactional(readOnly = true)
    public Long versionOf(UUID id) {
        return repository.findById(id).map(Beneficiary::version).orElse(null);
    }

    /** Searches; each person shown in the page is audited as a search hit. */
    @Transactional
    public PageOf<BeneficiaryView> search(String query, int page, int size) {
        Paging paging = Paging.of(page, size);
        List<Beneficiary> items;
        long total;
        if (query == null || query.isBlank()) {
            var all = repository.findByStatusNot(BeneficiaryStatus.ERASED, paging.request(
                    Sort.by(Sort.Order.desc("registeredAt"), Sort.Order.asc("id"))));
            items = all.getContent();
            total = all.getTotalElements();
        } else {
            var result = search.search(query.strip(), paging.page(), paging.size());
            items = result.items();
            total = result.total();
        }
        audit.searchedPeople(RecordType.BENEFICIARY, items.stream().map(Beneficiary::id).toList());
        return new PageOf<>(items.stream().map(BeneficiaryView::of).toList(),
                paging.page(), paging.size(), total);
    }

    private void requireUnusedAmka(String amka, UUID self) {
        if (amka != null) {
            repository.findByAmka(amka).filter(existing -> !existing.id().equals(self)).ifPresent(existing -> {
                throw BeneficiaryProblems.duplicateAmka(existing.id());
            });
        }
    }
}
