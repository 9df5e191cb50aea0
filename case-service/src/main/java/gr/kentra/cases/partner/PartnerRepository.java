package gr.kentra.cases.partner;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerRepository extends JpaRepository<Partner, UUID> {

    List<Partner> findAllByOrderByNameAscIdAsc();
}
