package gr.kentra.reporting.fact;

import java.util.List;
import java.util.UUID;

import gr.kentra.reporting.aggregate.Aggregates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives a batch: validates each fact on its own, stores the valid new ones and adds them to the pre-aggregates,
 * and names the refused ones, so that one bad fact never holds back the good ones sent with it.
 */
@Service
class FactIntake {

    private final FactStore store;
    private final Aggregates aggregates;
    private final FactValidator validator;

    FactIntake(FactStore store, Aggregates aggregates, FactValidator validator) {
        this.store = store;
        this.aggregates = aggregates;
        this.validator = validator;
    }

    /** Facts and aggregates change in one transaction, so the aggregates never disagree with the facts. */
    @Transactional
    Checked receive(FactBatch batch) {
        FactValidator.Checked checked = validator.validate(batch);
        // An erasure is applied, never stored: storing it would keep the very pseudonym it asks to forget.
        checked.valid().stream().filter(fact -> fact.type().erasure())
                .forEach(fact -> aggregates.forget(fact.tenant(), fact.pseudonym()));
        List<ValidFact> facts = checked.valid().stream().filter(fact -> !fact.type().erasure()).toList();
        List<UUID> added = facts.isEmpty() ? List.of() : store.insertNew(facts);
        aggregates.add(added);
        return new Checked(added.size(), facts.size() - added.size(), checked.refused());
    }

    /** The outcome before the refusals' reasons are put into words. */
    record Checked(int received, int duplicates, List<FactValidator.RefusedFact> refused) {
    }
}
