package gr.kentra.cases.document;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The centre's protocol register: numbers 1, 2, 3… within each year, in the centre's own schema. The counter row
 * of the year is raised in the issuing transaction: concurrent issues wait on its row lock, and an issue that
 * fails gives its number back with the rollback, so the register has no gap and no number twice (a sequence
 * would leave gaps).
 */
@Component
class ProtocolRegister {

    private final EntityManager entityManager;

    ProtocolRegister(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int next(int year) {
        Object number = entityManager.createNativeQuery("""
                insert into protocol_register (year, last_number) values (:year, 1)
                on conflict (year) do update set last_number = protocol_register.last_number + 1
                returning last_number""").setParameter("year", year).getSingleResult();
        return ((Number) number).intValue();
    }
}
