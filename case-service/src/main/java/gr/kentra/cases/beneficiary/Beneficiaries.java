package gr.kentra.cases.beneficiary;

import java.util.UUID;

import gr.kentra.cases.system.RecordProblems;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What the other parts of a person's record may ask the registry: does this person exist in this centre? */
@Component
public class Beneficiaries {

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

    /** Whether the person is registered in the request's centre; for ids given in a body (a 400, not a 404). */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean exists(UUID id) {
        return repository.existsById(id);
    }
}
