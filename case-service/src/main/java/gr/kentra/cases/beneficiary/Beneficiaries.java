package gr.kentra.cases.beneficiary;

import java.time.LocalDate;
import java.util.UUID;

import gr.kentra.cases.audit.PersonNames;
import gr.kentra.cases.beneficiary.registration.Beneficiary;
import gr.kentra.cases.beneficiary.registration.BeneficiaryProblems;
import gr.kentra.cases.beneficiary.registration.BeneficiaryRepository;
import gr.kentra.cases.beneficiary.registration.BeneficiaryStatus;
import gr.kentra.cases.system.RecordProblems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What the other parts of a person's record may ask the registry: does this person exist in this centre? */
@Component
public class Beneficiaries implements PersonNames {

    private final BeneficiaryRepository repository;

    Beneficiaries(BeneficiaryRepository repository) {
        this.repository = repository;
    }

    /** Throws a 404 problem unless the person is registered in the request's centre. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void requireExisting(UUID id) {
        if (!repository.existsById(id)) {
            throw RecordProblems.notFound("problem.beneficiary.notFound");
        }
    }

    /**
     * Throws a 404 problem unless the person is registered in the request's centre, and a 409 problem when the
     * record is closed for new work: nobody opens a request or a referral for an erased or deceased person.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void requireOpenForNewWork(UUID id) {
        Beneficiary beneficiary = repository.findById(id)
                .orElseThrow(() -> RecordProblems.notFound("problem.beneficiary.notFound"));
        if (beneficiary.status() == BeneficiaryStatus.ERASED || beneficiary.status() == BeneficiaryStatus.DECEASED) {
            var problem = new RecordProblems.Coded(HttpStatus.CONFLICT, "problem.beneficiary.closed.title",
                    "problem.beneficiary.closed");
            problem.getBody().setProperty("beneficiaryStatus", beneficiary.status().name());
            throw problem;
        }
    }

    /**
     * Throws a 404 problem unless the person is registered in the request's centre, and a 409 problem when their
     * identity was erased: nothing new is written about an erased person (GDPR Art. 17).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void requireNotErased(UUID id) {
        Beneficiary beneficiary = repository.findById(id)
                .orElseThrow(() -> RecordProblems.notFound("problem.beneficiary.notFound"));
        if (beneficiary.status() == BeneficiaryStatus.ERASED) {
            throw BeneficiaryProblems.erased();
        }
    }

    /** Whether the person is registered in the request's centre; for ids given in a body (a 400, not a 404). */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean exists(UUID id) {
        return repository.existsById(id);
    }

    /** Whether new work may start for the person: registered here, and neither erased nor deceased. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean openForNewWork(UUID id) {
        return repository.findById(id).map(b -> b.status() != BeneficiaryStatus.ERASED
                && b.status() != BeneficiaryStatus.DECEASED).orElse(false);
    }

    /** Who a document the centre issues is about: the name and date of birth, nothing more. */
    public record Identity(String firstName, String lastName, LocalDate dateOfBirth) {
    }

    /** The identity of a person of this centre, for a document about them; 404 problem if unknown. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Identity identity(UUID id) {
        Beneficiary beneficiary = repository.findById(id)
                .orElseThrow(() -> RecordProblems.notFound("problem.beneficiary.notFound"));
        return new Identity(beneficiary.firstName(), beneficiary.lastName(), beneficiary.dateOfBirth());
    }

    /**
     * "Last First" of each person for the pages' lists (home page, agendas); erased people and other centres' ids
     * are simply absent. The lists that show them audit their own records.
     */
    @Override
    @Transactional(readOnly = true)
    public java.util.Map<UUID, String> displayNames(java.util.Collection<UUID> ids) {
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        repository.findAllById(ids).stream().filter(b -> b.status() != BeneficiaryStatus.ERASED)
                .forEach(b -> names.put(b.id(), b.lastName() + " " + b.firstName()));
        return names;
    }
}
