package gr.kentra.cases.field.checkout;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import gr.kentra.cases.audit.AuditAction;
import gr.kentra.cases.audit.AuditTrail;
import gr.kentra.cases.audit.RecordType;
import gr.kentra.cases.field.FieldProblems;
import gr.kentra.cases.field.FieldProperties;
import gr.kentra.cases.system.CurrentStaff;
import gr.kentra.cases.system.InvalidField;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Visit lists: the preview tells the size before anything personal leaves the centre (nothing is audited, nothing
 * shown but counts); the checkout hands the list out, refuses it past the cap, and audits every person and request
 * in it as read for that checkout.
 */
@Service
public class Checkouts {

    private static final int MAX_PLACE_LENGTH = 100;

    private final VisitLists lists;
    private final CheckoutRepository checkouts;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final FieldProperties properties;
    private final Clock clock = Clock.systemUTC();

    Checkouts(VisitLists lists, CheckoutRepository checkouts, AuditTrail audit, JsonMapper json,
            FieldProperties properties) {
        this.lists = lists;
        this.checkouts = checkouts;
        this.audit = audit;
        this.json = json;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    public VisitList.Preview preview(List<String> places) {
        List<String> route = route(places);
        VisitList list = lists.read(route, UUID.randomUUID(), clock.instant());
        long bytes = json.writeValueAsBytes(list).length;
        return new VisitList.Preview(route, list.people().size(), list.requests().size(), bytes,
                properties.maxCheckoutBytes(), bytes <= properties.maxCheckoutBytes());
    }

    @Transactional
    public VisitList checkout(List<String> places) {
        List<String> route = route(places);
        Instant now = clock.instant();
        VisitList list = lists.read(route, UUID.randomUUID(), now);
        long bytes = json.writeValueAsBytes(list).length;
        if (bytes > properties.maxCheckoutBytes()) {
            throw FieldProblems.tooLarge(bytes, properties.maxCheckoutBytes(), list.people().size());
        }
        checkouts.save(new Checkout(list.checkoutId(), CurrentStaff.username(), now, String.join("\n", route),
                list.people().size(), list.requests().size(), bytes));
        String reason = "field checkout " + list.checkoutId();
        list.people().forEach(p -> audit.recordWithReason(p.id(), RecordType.BENEFICIARY, p.id(), AuditAction.READ,
                reason));
        list.requests().forEach(r -> audit.recordWithReason(r.beneficiaryId(), RecordType.REQUEST, r.id(),
                AuditAction.READ, reason));
        return list;
    }

    /** The places of a route: trimmed, each once, at least one and at most the configured number. */
    private List<String> route(List<String> places) {
        LinkedHashSet<String> route = new LinkedHashSet<>();
        if (places != null) {
            for (String place : places) {
                String stripped = place == null ? "" : place.strip();
                if (stripped.length() > MAX_PLACE_LENGTH) {
                    throw new InvalidField("places", "problem.field.placeTooLong");
                }
                if (!stripped.isEmpty()) {
                    route.add(stripped);
                }
            }
        }
        if (route.isEmpty()) {
            throw new InvalidField("places", "problem.field.noPlaces");
        }
        if (route.size() > properties.maxPlaces()) {
            throw new InvalidField("places", "problem.field.tooManyPlaces");
        }
        return List.copyOf(route);
    }
}
