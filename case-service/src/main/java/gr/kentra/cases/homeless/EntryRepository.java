package gr.kentra.cases.homeless;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface EntryRepository extends JpaRepository<HomelessRegisterEntry, UUID>,
        JpaSpecificationExecutor<HomelessRegisterEntry> {

    Optional<HomelessRegisterEntry> findFirstByBeneficiaryIdAndStatus(UUID beneficiaryId, HomelessStatus status);
}
