package gr.kentra.cases.beneficiary;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Problems of the beneficiary registry; titles and details come from the message bundles. */
final class BeneficiaryProblems {

    private BeneficiaryProblems() {
    }

    static ErrorResponseException notFound() {
        return new Coded(HttpStatus.NOT_FOUND, "problem.notFound.title", "problem.beneficiary.notFound");
    }

    static ErrorResponseException duplicateAmka(UUID existing) {
        Coded problem = new Coded(HttpStatus.CONFLICT, "problem.beneficiary.duplicateAmka.title",
                "problem.beneficiary.duplicateAmka");
        problem.getBody().setProperty("existingId", existing);
        problem.getBody().setProperty("existing", "/api/beneficiaries/" + existing);
        return problem;
    }

    private static final class Coded extends ErrorResponseException {

        private final String titleCode;

        Coded(HttpStatus status, String titleCode, String detailCode) {
            super(status, ProblemDetail.forStatus(status), null, detailCode, null);
            this.titleCode = titleCode;
        }

        @Override
        public String getTitleMessageCode() {
            return titleCode;
        }
    }
}
