package gr.kentra.cases.profile;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProfileRepository extends JpaRepository<SocioEconomicProfile, UUID> {
}
