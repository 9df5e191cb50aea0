package gr.kentra.cases.field.sync;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppliedOperationRepository extends JpaRepository<AppliedOperation, UUID> {

    /** The registration an offline id was given to: the person's id at the centre. */
    Optional<AppliedOperation> findFirstByKindAndEntityId(OperationKind kind, UUID entityId);
}
