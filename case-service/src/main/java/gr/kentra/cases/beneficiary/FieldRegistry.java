package gr.kentra.cases.beneficiary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import gr.kentra.cases.beneficiary.names.Elot743;
import gr.kentra.cases.beneficiary.names.SearchText;
import gr.kentra.cases.beneficiary.registration.Beneficiary;
import gr.kentra.cases.beneficiary.registration.BeneficiaryProblems;
import gr.kentra.cases.beneficiary.registration.BeneficiaryRepository;
import gr.kentra.cases.beneficiary.registration.BeneficiaryService;
import gr.kentra.cases.beneficiary.registration.BeneficiaryStatus;
import gr.kentra.cases.beneficiary.registration.BeneficiaryView;
import gr.kentra.cases.beneficiary.registration.RegisterBeneficiary;
import gr.kentra.cases.beneficiary.registration.UpdateBeneficiary;
import gr.kentra.cases.system.FieldMaps;
import jakarta.persistence.EntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the offline field kit (the field package) may ask of the registry: the people living in the places of a
 * route, a record's fields as the API names them, and registrations and edits given as field maps, run through the
 * same bean validation, AMKA/AFM checks and service (audit included) as {@code /api/beneficiaries}.
 */
@Component
public class FieldRegistry {

    /** The fields an offline edit may change: the API's JSON names. */
    public static final Set<String> EDITABLE = Set.of("firstName", "lastName", "latinFirstName", "latinLastName",
            "dateOfBirth", "gender", "amka", "afm", "citizenship", "idDocumentNumber", "phone", "email", "address",
            "consent", "processingBasis");

    /** A record as the field kit keeps it: the API's fields (without id and version) at a version. */
    public record Snapshot(UUID id, long version, Map<String, Object> fields) {
    }

    private final BeneficiaryRepository repository;
    private final BeneficiaryService service;
    private final EntityManager entityManager;
    private final JsonMapper json;
    private final FieldMaps fieldMaps;

    FieldRegistry(BeneficiaryRepository repository, BeneficiaryService service, EntityManager entityManager,
            JsonMapper json, FieldMaps fieldMaps) {
        this.repository = repository;
        this.service = service;
        this.entityManager = entityManager;
        this.json = json;
        this.fieldMaps = fieldMaps;
    }

    /**
     * The people (not erased) whose address names one of the places, as whole words with accents and case ignored
     * ("Άγιος Γεώργιος" finds "Κεντρική 3, Αγιος Γεωργιος"). Not audited here: the caller audits what it hands out.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Snapshot> livingIn(Collection<String> places) {
        List<String> wanted = places.stream().map(p -> " " + SearchText.normalise(p) + " ")
                .filter(p -> !p.isBlank()).toList();
        List<UUID> ids = new ArrayList<>();
        for (Object row : entityManager.createQuery("select b.id, b.address from Beneficiary b"
                        + " where b.address is not null and b.status <> :erased", Object[].class)
                .setParameter("erased", BeneficiaryStatus.ERASED).getResultList()) {
            Object[] columns = (Object[]) row;
            String address = " " + SearchText.normalise((String) columns[1]) + " ";
            if (wanted.stream().anyMatch(address::contains)) {
                ids.add((UUID) columns[0]);
            }
        }
        return repository.findAllById(ids).stream()
                .sorted((a, b) -> a.normalisedName().equals(b.normalisedName()) ? a.id().compareTo(b.id())
                        : a.normalisedName().compareTo(b.normalisedName()))
                .map(this::snapshot).toList();
    }

    /** The record now, or null if this centre has no such person. Not audited: the caller audits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Snapshot find(UUID id) {
        return repository.findById(id).filter(b -> b.status() != BeneficiaryStatus.ERASED).map(this::snapshot)
                .orElse(null);
    }

    /** Registers a person from a field map, validated as {@code POST /api/beneficiaries}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Snapshot register(Map<String, Object> fields, String registeredBy) {
        requireKnown(fields.keySet());
        RegisterBeneficiary request = fieldMaps.read(fields, RegisterBeneficiary.class);
        try {
            BeneficiaryView view = service.register(request, registeredBy);
            return find(view.id());
        } catch (DataIntegrityViolationException e) {
            UUID existing = request.amka() == null ? null : service.idOfAmka(request.amka().strip());
            if (existing == null) {
                throw e;
            }
            throw BeneficiaryProblems.duplicateAmka(existing);
        }
    }

    /**
     * Changes the given fields of the record at {@code version} (the caller has decided the merge), validated as
     * {@code PUT /api/beneficiaries/{id}}. A changed Greek name with a Latin name that was only its transliteration
     * gets a new transliteration.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Snapshot edit(UUID id, long version, Map<String, Object> changes) {
        requireKnown(changes.keySet());
        Beneficiary current = repository.findById(id).orElseThrow(BeneficiaryProblems::notFound);
        Map<String, Object> record = new LinkedHashMap<>(fieldsOf(current));
        if (changes.containsKey("firstName") && !changes.containsKey("latinFirstName")
                && Elot743.transliterate(current.firstName()).equals(current.latinFirstName())) {
            record.remove("latinFirstName");
        }
        if (changes.containsKey("lastName") && !changes.containsKey("latinLastName")
                && Elot743.transliterate(current.lastName()).equals(current.latinLastName())) {
            record.remove("latinLastName");
        }
        record.putAll(changes);
        record.put("status", current.status().name());
        record.put("version", version);
        UpdateBeneficiary request = fieldMaps.read(record, UpdateBeneficiary.class);
        try {
            service.update(id, request);
            entityManager.flush();
            return find(id);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw gr.kentra.cases.system.RecordProblems.staleVersion(service.versionOf(id));
        }
    }

    private Snapshot snapshot(Beneficiary b) {
        return new Snapshot(b.id(), b.version(), fieldsOf(b));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> fieldsOf(Beneficiary b) {
        Map<String, Object> fields = json.convertValue(BeneficiaryView.of(b), LinkedHashMap.class);
        fields.keySet().retainAll(EDITABLE);
        return fields;
    }

    private static void requireKnown(Collection<String> names) {
        for (String name : names) {
            if (!EDITABLE.contains(name)) {
                throw new gr.kentra.cases.system.InvalidField(name, "problem.unknownValue");
            }
        }
    }

}
