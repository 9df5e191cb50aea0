package gr.kentra.cases.beneficiary.registration;

import java.util.UUID;

import gr.kentra.cases.system.RecordProblems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Problems of the beneficiary registry; titles and details come from the message bundles. */
public final class BeneficiaryProblems {

    private BeneficiaryProblems() {
    }

    public static ErrorResponseException notFound() {
        return RecordProblems.notFound("problem.beneficiary.notFound");
    }

    /** 409: the person's identity was erased; the record is a stub and takes no edit. */
    public static ErrorResponseException erased() {
        var problem = new RecordProblems.Coded(HttpStatus.CONFLICT, "problem.beneficiary.closed.title",
                "problem.erasure.erasedRecord");
        problem.getBody().setProperty("beneficiaryStatus", BeneficiaryStatus.ERASED.name());
        return problem;
    }

    public static ErrorResponseException duplicateAmka(UUID existing) {
        var problem = new RecordProblems.Coded(HttpStatus.CONFLICT, "problem.beneficiary.duplicateAmka.title",
                "problem.beneficiary.duplicateAmka");
        problem.getBody().setProperty("existingId", existing);
        problem.getBody().setProperty("existing", "/api/beneficiaries/" + existing);
        return problem;
    }
}
