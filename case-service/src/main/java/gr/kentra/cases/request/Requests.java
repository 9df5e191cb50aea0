package gr.kentra.cases.request;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.system.InvalidField;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other casework may ask of requests: referrals close an open request of the same person as REFERRED;
 * investigations name the request they answer.
 */
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

    /**
     * Checks that a request named in a body is one of this centre's requests and concerns the same person: 404 if
     * this centre has no such request, 400 on {@code field} if it is another person's.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void requireOfPerson(UUID requestId, UUID beneficiaryId, String field) {
        if (!service.load(requestId).beneficiaryId().equals(beneficiaryId)) {
            throw new InvalidField(field, "problem.referral.requestOfAnotherPerson");
        }
    }

    /** A person's request still open, as a form offers it (the request a referral or investigation answers). */
    public record Open(UUID id, String type, LocalDate receivedOn) {
    }

    /** The person's open requests (received or in progress), newest first; each shown is audited as a search hit. */
    @Transactional
    public List<Open> openOf(UUID beneficiaryId) {
        return service.list(new RequestFilter(null, null, null, beneficiaryId, null, null), 0, 50).items().stream()
                .filter(r -> !r.status().closed()).map(r -> new Open(r.id(), r.type(), r.receivedOn())).toList();
    }
}
