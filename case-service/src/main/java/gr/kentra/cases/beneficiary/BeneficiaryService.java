package gr.kentra.cases.beneficiary;

import java.time.Clock;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class BeneficiaryService {

    static final int MAX_PAGE_SIZE = 100;

    private final BeneficiaryRepository repository;
    private final BeneficiarySearch search;
    private final Clock clock = Clock.systemUTC();

    BeneficiaryService(BeneficiaryRepository repository, BeneficiarySearch search) {
        this.repository = repository;
        this.search = search;
    }

    /** Registers a person; an AMKA already registered in this centre is a conflict naming the existing record. */
    @Transactional
    BeneficiaryView register(RegisterBeneficiary request, String registeredBy) {
        Beneficiary beneficiary = Beneficiary.register(request, registeredBy, clock.instant());
        if (beneficiary.amka() != null) {
            repository.findByAmka(beneficiary.amka()).ifPresent(existing -> {
                throw BeneficiaryProblems.duplicateAmka(existing.id());
            });
        }
        return BeneficiaryView.of(repository.saveAndFlush(beneficiary));
    }

    @Transactional(readOnly = true)
    BeneficiaryView find(UUID id) {
        return repository.findById(id).map(BeneficiaryView::of).orElseThrow(BeneficiaryProblems::notFound);
    }

    @Transactional(readOnly = true)
    UUID idOfAmka(String amka) {
        return repository.findByAmka(amka).map(Beneficiary::id).orElse(null);
    }

    @Transactional(readOnly = true)
    BeneficiaryView.Page search(String query, int page, int size) {
        int safePage = Math.max(page, 0);
        int safeSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
        if (query == null || query.isBlank()) {
            var all = repository.findAll(PageRequest.of(safePage, safeSize,
                    Sort.by(Sort.Order.desc("registeredAt"), Sort.Order.asc("id"))));
            return new BeneficiaryView.Page(all.map(BeneficiaryView::of).getContent(), safePage, safeSize,
                    all.getTotalElements());
        }
        var result = search.search(query.strip(), safePage, safeSize);
        return new BeneficiaryView.Page(result.items().stream().map(BeneficiaryView::of).toList(), safePage,
                safeSize, result.total());
    }
}
