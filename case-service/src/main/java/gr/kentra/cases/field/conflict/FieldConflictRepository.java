package gr.kentra.cases.field.conflict;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface FieldConflictRepository extends JpaRepository<FieldConflict, UUID> {

    List<FieldConflict> findByStatusOrderByCreatedAtAsc(FieldConflict.Status status);

    /** Erasure: the values a conflict keeps are the person's. */
    @Modifying
    @Query("delete from FieldConflict c where c.beneficiaryId = :person")
    int deleteOfPerson(UUID person);
}
