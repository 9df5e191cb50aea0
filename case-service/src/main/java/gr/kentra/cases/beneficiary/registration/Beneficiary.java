package gr.kentra.cases.beneficiary.registration;

import static gr.kentra.cases.system.Edits.blankToNull;
import static gr.kentra.cases.system.Edits.track;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.beneficiary.ProcessingBasis;
import gr.kentra.cases.beneficiary.identifiers.GreekIdentifiers;
import gr.kentra.cases.beneficiary.identifiers.Phones;
import gr.kentra.cases.beneficiary.names.Elot743;
import gr.kentra.cases.beneficiary.names.PhoneticNames;
import gr.kentra.cases.beneficiary.names.SearchText;
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
public class Beneficiary {

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BeneficiaryStatus status;

    private String citizenship;

    @Column(name = "id_document_number")
    private String idDocumentNumber;

    private String phone;

    @Column(name = "phone_digits")
    private String phoneDigits;

    private String email;

    private String address;

    @Column(name = "consent_given", nullable = false)
    private boolean consentGiven;

    @Column(name = "consent_date")
    private LocalDate consentDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_legal_basis")
    private LegalBasis consentLegalBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "processing_basis", nullable = false)
    private ProcessingBasis processingBasis;

    @Column(name = "search_text", nullable = false)
    private String searchText;

    @Column(name = "normalised_name", nullable = false)
    private String normalisedName;

    @Column(name = "phonetic_key")
    private String phoneticKey;

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
        b.status = BeneficiaryStatus.ACTIVE;
        b.apply(request);
        b.registeredAt = at;
        b.registeredBy = registeredBy;
        return b;
    }

    /** Takes over the given details; returns the names (never the values) of the fields that changed. */
    List<String> apply(BeneficiaryDetails d) {
        List<String> changed = new ArrayList<>();
        firstName = track(changed, "firstName", firstName, d.firstName().strip());
        lastName = track(changed, "lastName", lastName, d.lastName().strip());
        latinFirstName = track(changed, "latinFirstName", latinFirstName,
                orTransliterated(d.latinFirstName(), firstName));
        latinLastName = track(changed, "latinLastName", latinLastName, orTransliterated(d.latinLastName(), lastName));
        dateOfBirth = track(changed, "dateOfBirth", dateOfBirth, d.dateOfBirth());
        gender = track(changed, "gender", gender, d.gender());
        amka = track(changed, "amka", amka, blankToNull(d.amka()));
        afm = track(changed, "afm", afm, GreekIdentifiers.normaliseAfm(blankToNull(d.afm())));
        citizenship = track(changed, "citizenship", citizenship, blankToNull(d.citizenship()));
        idDocumentNumber = track(changed, "idDocumentNumber", idDocumentNumber, blankToNull(d.idDocumentNumber()));
        phone = track(changed, "phone", phone, blankToNull(d.phone()));
        phoneDigits = Phones.digits(phone);
        email = track(changed, "email", email, blankToNull(d.email()));
        address = track(changed, "address", address, blankToNull(d.address()));
        Consent consent = d.consent() == null ? Consent.NONE : d.consent();
        consentGiven = track(changed, "consent.given", consentGiven, Boolean.TRUE.equals(consent.given()));
        consentDate = track(changed, "consent.date", consentDate, consent.date());
        consentLegalBasis = track(changed, "consent.legalBasis", consentLegalBasis, consent.legalBasis());
        // Not stated: the record keeps the basis it has (a client written before the field sends none).
        processingBasis = track(changed, "processingBasis", processingBasis, d.processingBasis() != null
                ? d.processingBasis() : processingBasis != null ? processingBasis : ProcessingBasis.DEFAULT);
        searchText = SearchText.of(firstName, lastName, latinFirstName, latinLastName);
        normalisedName = normalisedName(firstName, lastName);
        phoneticKey = PhoneticNames.of(firstName, lastName, latinFirstName, latinLastName);
        return changed;
    }

    /** Edits the record; the caller has checked the version. Returns the changed field names. */
    List<String> update(UpdateBeneficiary request) {
        List<String> changed = apply(request);
        status = track(changed, "status", status, request.status());
        return changed;
    }

    public static String normalisedName(String firstName, String lastName) {
        return SearchText.normalise(firstName + " " + lastName);
    }

    private static String orTransliterated(String latin, String greek) {
        String given = blankToNull(latin);
        return given != null ? given : Elot743.transliterate(greek);
    }

    public UUID id() { return id; }
    public String firstName() { return firstName; }
    public String lastName() { return lastName; }
    public String latinFirstName() { return latinFirstName; }
    public String latinLastName() { return latinLastName; }
    public LocalDate dateOfBirth() { return dateOfBirth; }
    Gender gender() { return gender; }
    String amka() { return amka; }
    String afm() { return afm; }
    public BeneficiaryStatus status() { return status; }
    String citizenship() { return citizenship; }
    String idDocumentNumber() { return idDocumentNumber; }
    String phone() { return phone; }
    String email() { return email; }
    String address() { return address; }
    Consent consent() { return new Consent(consentGiven, consentDate, consentLegalBasis); }
    ProcessingBasis processingBasis() { return processingBasis; }
    public String normalisedName() { return normalisedName; }
    Instant registeredAt() { return registeredAt; }
    String registeredBy() { return registeredBy; }
    public Long version() { return version; }
}
