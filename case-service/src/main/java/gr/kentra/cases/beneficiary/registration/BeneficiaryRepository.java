package gr.kentra.cases.beneficiary.registration;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BeneficiaryRepository extends JpaRepository<Beneficiary, UUID> {

    Optional<Beneficiary> findByAmka(String amka);

    /** Erased people are never listed (GDPR Art. 17); the name search cannot find them, having no name. */
    Page<Beneficiary> findByStatusNot(BeneficiaryStatus status, Pageable page);
}
