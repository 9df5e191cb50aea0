package gr.kentra.cases.communityevent;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface EventRepository extends JpaRepository<CommunityEvent, UUID>, JpaSpecificationExecutor<CommunityEvent> {
}
