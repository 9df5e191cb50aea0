package gr.kentra.cases.beneficiary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person registered in a centre's beneficiary registry. Lives in the tenant's own schema. */
@Entity
@Table(name = "beneficiary")
class Beneficiary {

    @Id
    private UUID id;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "latin_first_name", nullable = false)
    private String latinFirstName;

    @Column(name = "latin_last_name", nullable = false)
    private String latinLastName;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Gender gender;

    private String amka;

    private String afm;

    @Column(name = "search_text", nullable = false)
    private String searchText;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    @Version
    private Long version;

    protected Beneficiary() {
    }

    static Beneficiary register(RegisterBeneficiary request, String registeredBy, Instant at) {
        Beneficiary b = new Beneficiary();
        b.id = UUID.randomUUID();
        b.firstName = request.firstName().strip();
        b.lastName = request.lastName().strip();
        b.latinFirstName = orTransliterated(request.latinFirstName(), b.firstName);
        b.latinLastName = orTransliterated(request.latinLastName(), b.lastName);
        b.dateOfBirth = request.dateOfBirth();
        b.gender = request.gender();
        b.amka = blankToNull(request.amka());
        b.afm = GreekIdentifiers.normaliseAfm(blankToNull(request.afm()));
        b.searchText = SearchText.of(b.firstName, b.lastName, b.latinFirstName, b.latinLastName);
        b.registeredAt = at;
        b.registeredBy = registeredBy;
        return b;
    }

    private static String orTransliterated(String latin, String greek) {
        String given = blankToNull(latin);
        return given != null ? given.strip() : Elot743.transliterate(greek);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    UUID id() { return id; }
    String firstName() { return firstName; }
    String lastName() { return lastName; }
    String latinFirstName() { return latinFirstName; }
    String latinLastName() { return latinLastName; }
    LocalDate dateOfBirth() { return dateOfBirth; }
    Gender gender() { return gender; }
    String amka() { return amka; }
    String afm() { return afm; }
    Instant registeredAt() { return registeredAt; }
    String registeredBy() { return registeredBy; }
    Long version() { return version; }
}
