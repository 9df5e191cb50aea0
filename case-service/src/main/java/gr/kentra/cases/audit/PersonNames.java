package gr.kentra.cases.audit;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The people's names that the audit pages show beside the trail, given by the registry ({@code beneficiary}
 * implements it): the registry records into the trail, so the trail asks through this port rather than knowing the
 * registry back (ModularityTests refuses the cycle).
 */
public interface PersonNames {

    /** "Last First" of each person; erased people and other centres' ids are simply absent. */
    Map<UUID, String> displayNames(Collection<UUID> ids);

    /** The names of the people whose records a list shows. */
    default Map<UUID, String> namesOf(Collection<? extends PersonRecord> records) {
        return displayNames(records.stream().map(PersonRecord::beneficiaryId).distinct().toList());
    }
}
