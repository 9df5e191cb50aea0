package gr.kentra.cases.indicator;

import java.sql.Date;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import gr.kentra.cases.beneficiary.BeneficiaryRegistered;
import gr.kentra.cases.tenancy.TenantDirectory;
import gr.kentra.commons.facts.Flag;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/**
 * Reads, in the current tenant's schema and transaction, the coded attributes a fact may carry about a person.
 * The AMKA is read only to compute the pseudonym and goes no further.
 */
@Component
class People {

    /** EU member states (ISO 3166-1 alpha-2, Greece as GR and EL): anyone else is a third-country national. */
    private static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
            "GR", "EL", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");
    private static final Set<String> HOMELESS = Set.of("HOMELESS", "HOUSING_EXCLUSION");

    private static final String PERSON = "select b.amka, b.gender, b.date_of_birth, b.citizenship,"
            + " p.employment_status, p.isced_level, p.housing_situation, p.disability, p.migrant,"
            + " p.foreign_background, p.roma, p.rural_area, p.single_parent, p.other_disadvantage"
            + " from beneficiary b left join socio_economic_profile p on p.beneficiary_id = b.id where b.id = :id";
    private static final String HOUSEHOLD = "select age, year_of_birth, employment_status from household_member"
            + " where beneficiary_id = :id";

    private final EntityManager entityManager;
    private final TenantDirectory tenants;
    private final Pseudonyms pseudonyms;

    People(EntityManager entityManager, TenantDirectory tenants, IndicatorProperties properties) {
        this.entityManager = entityManager;
        this.tenants = tenants;
        this.pseudonyms = new Pseudonyms(properties.pseudonymKeyId(), properties.pseudonymSecret(),
                properties.previousPseudonymSecrets());
    }

    Person find(UUID beneficiaryId) {
        Object[] row = (Object[]) entityManager.createNativeQuery(PERSON).setParameter("id", beneficiaryId)
                .getSingleResult();
        LocalDate born = row[2] instanceof Date date ? date.toLocalDate() : (LocalDate) row[2];
        String employment = (String) row[4];
        boolean profiled = employment != null;
        List<String> flags = new ArrayList<>();
        if (profiled) {
            flag(flags, row[7], Flag.DISABILITY);
            flag(flags, row[8], Flag.MIGRANT);
            flag(flags, row[9], Flag.FOREIGN_BACKGROUND);
            flag(flags, row[10], Flag.ROMA);
            flag(flags, row[11], Flag.RURAL);
            flag(flags, row[12], Flag.SINGLE_PARENT);
            flag(flags, row[13], Flag.OTHER_DISADVANTAGE);
            if (HOMELESS.contains((String) row[6])) {
                flags.add(Flag.HOMELESS.name());
            }
            household(beneficiaryId, employment, flags);
        }
        Integer isced = row[5] == null ? null : ((Number) row[5]).intValue();
        return person(beneficiaryId, (String) row[0], (String) row[1], born, (String) row[3], employment, isced,
                flags);
    }

    /**
     * The person the current transaction has just registered, from the values the registration wrote: what
     * {@link #find} would read back. A record not yet committed has no profile and no household (they are
     * recorded for a registered person), so only the citizenship can flag it.
     */
    Person registered(BeneficiaryRegistered registration) {
        return person(registration.beneficiaryId(), registration.amka(), registration.gender(),
                registration.dateOfBirth(), registration.citizenship(), null, null, new ArrayList<>());
    }

    private Person person(UUID beneficiaryId, String amka, String gender, LocalDate born, String citizenship,
            String employment, Integer isced, List<String> flags) {
        String pseudonym = pseudonyms.of(amka, tenants.current(), beneficiaryId);
        String country = citizenship == null ? null : citizenship.strip().toUpperCase();
        if (country != null && !country.isEmpty() && !EU.contains(country)) {
            flags.add(Flag.THIRD_COUNTRY_NATIONAL.name());
        }
        return new Person(pseudonym, gender, born, employment, isced, List.copyOf(flags), pseudonyms.keyId());
    }

    /** The person's pseudonym under every configured key (the current one first), by key id: for erasure. */
    Map<String, String> pseudonymsOf(UUID beneficiaryId) {
        Object amka = entityManager.createNativeQuery("select amka from beneficiary where id = :id")
                .setParameter("id", beneficiaryId).getSingleResult();
        return pseudonyms.underEveryKey((String) amka, tenants.current(), beneficiaryId);
    }

    /** Jobless household: nobody in it works; dependent children: someone in it is under 18. */
    private void household(UUID beneficiaryId, String employment, List<String> flags) {
        @SuppressWarnings("unchecked")
        List<Object[]> members = entityManager.createNativeQuery(HOUSEHOLD).setParameter("id", beneficiaryId)
                .getResultList();
        boolean someoneWorks = "EMPLOYED".equals(employment);
        boolean children = false;
        int thisYear = Year.now().getValue();
        for (Object[] member : members) {
            Integer age = member[0] != null ? Integer.valueOf(((Number) member[0]).intValue())
                    : member[1] != null ? Integer.valueOf(thisYear - ((Number) member[1]).intValue()) : null;
            children |= age != null && age < 18;
            someoneWorks |= "EMPLOYED".equals(member[2]);
        }
        if (!someoneWorks) {
            flags.add(Flag.JOBLESS_HOUSEHOLD.name());
        }
        if (children) {
            flags.add(Flag.DEPENDENT_CHILDREN.name());
        }
    }

    private static void flag(List<String> flags, Object value, Flag flag) {
        if (Boolean.TRUE.equals(value)) {
            flags.add(flag.name());
        }
    }
}
