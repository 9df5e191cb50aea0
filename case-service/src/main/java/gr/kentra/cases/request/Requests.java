package gr.kentra.cases.request;

import java.util.UUID;

import gr.kentra.cases.system.InvalidField;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What referrals may ask of requests: close an open request of the same person as REFERRED. */
@Component
public class Requests {

    private final RequestService service;

    Requests(RequestService service) {
        this.service = service;
    }

    /**
     * Marks the request a referral comes from as REFERRED, with the partner as its outcome. 404 if this centre has
     * no such request, 400 on {@code requestId} if it is another person's, 409 if it is already closed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void referFrom(UUID requestId, UUID beneficiaryId, String partnerName) {
        ServiceRequest request = service.load(requestId);
        if (!request.beneficiaryId().equals(beneficiaryId)) {
            throw new InvalidField("requestId", "problem.referral.requestOfAnotherPerson");
        }
        service.referred(request, partnerName);
    }
}
