package gr.kentra.cases.field.sync;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which fields of a person changed at the centre since a version. Every edit of the registry raises the version by
 * one and writes one audit line naming the fields it changed (never their values), so the last
 * {@code current - base} such lines name them all. Fewer lines than versions (a change the trail does not name)
 * answers "unknown", and the caller then treats every field as changed: a conflict, never a silent overwrite.
 */
@Component
class CentreChanges {

    private static final String EDITS = """
            select fields from audit_event where beneficiary_id = :person and record_type = 'BENEFICIARY'
            and record_id = :record and action = 'UPDATE' and fields is not null
            order by occurred_at desc limit :versions""";

    private final EntityManager entityManager;

    CentreChanges(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The API names of the fields changed between {@code base} and {@code current}, or empty when unknown. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Set<String>> since(UUID person, long base, long current) {
        int versions = (int) Math.min(current - base, 10_000);
        List<?> lines = entityManager.createNativeQuery(EDITS).setParameter("person", person)
                .setParameter("record", person.toString()).setParameter("versions", versions).getResultList();
        if (lines.size() < versions) {
            return Optional.empty();
        }
        Set<String> fields = new TreeSet<>();
        for (Object line : lines) {
            for (String name : ((String) line).split(",")) {
                // "consent.given" is part of the API's "consent"
                int dot = name.indexOf('.');
                fields.add(dot < 0 ? name : name.substring(0, dot));
            }
        }
        return Optional.of(fields);
    }
}
