package gr.kentra.cases.field.checkout;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.beneficiary.FieldRegistry;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reads the people of a route through the registry and their open requests (by SQL, declared in package-info). */
@Component
class VisitLists {

    private static final String OPEN_REQUESTS = """
            select id, beneficiary_id, type_code, channel, received_on, description, status, version
            from service_request where status in ('RECEIVED', 'IN_PROGRESS') and beneficiary_id in (:people)
            order by received_on desc, id""";

    private final FieldRegistry registry;
    private final EntityManager entityManager;

    VisitLists(FieldRegistry registry, EntityManager entityManager) {
        this.registry = registry;
        this.entityManager = entityManager;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    VisitList read(List<String> places, UUID checkoutId, java.time.Instant at) {
        List<VisitList.Person> people = registry.livingIn(places).stream()
                .map(s -> new VisitList.Person(s.id(), s.version(), s.fields())).toList();
        return new VisitList(checkoutId, places, at, people, openRequestsOf(people.stream()
                .map(VisitList.Person::id).toList()));
    }

    private List<VisitList.OpenRequest> openRequestsOf(Collection<UUID> people) {
        List<VisitList.OpenRequest> requests = new ArrayList<>();
        if (people.isEmpty()) {
            return requests;
        }
        for (Object row : entityManager.createNativeQuery(OPEN_REQUESTS).setParameter("people", people)
                .getResultList()) {
            Object[] c = (Object[]) row;
            requests.add(new VisitList.OpenRequest((UUID) c[0], (UUID) c[1], (String) c[2], (String) c[3],
                    c[4] instanceof Date date ? date.toLocalDate() : (java.time.LocalDate) c[4], (String) c[5],
                    (String) c[6], ((Number) c[7]).longValue()));
        }
        return requests;
    }
}
