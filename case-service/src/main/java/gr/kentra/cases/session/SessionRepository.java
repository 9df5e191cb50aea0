package gr.kentra.cases.session;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SessionRepository extends JpaRepository<CounsellingSession, UUID>,
        JpaSpecificationExecutor<CounsellingSession> {
}
