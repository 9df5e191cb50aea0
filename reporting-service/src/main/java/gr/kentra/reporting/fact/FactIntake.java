package gr.kentra.reporting.fact;

import java.util.List;
import java.util.UUID;

import gr.kentra.reporting.aggregate.Aggregates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Receives a batch: validates all of it, stores the new facts and adds them to the pre-aggregates. */
@Service
class FactIntake {

    private final FactStore store;
    private final Aggregates aggregates;

    FactIntake(FactStore store, Aggregates aggregates) {
        this.store = store;
        this.aggregates = aggregates;
    }

    /** Facts and aggregates change in one transaction, so the aggregates never disagree with the facts. */
    @Transactional
    FactBatch.Receipt receive(FactBatch batch) {
        List<ValidFact> valid = FactValidator.validate(batch);
        // An erasure is applied, never stored: storing it would keep the very pseudonym it asks to forget.
        valid.stream().filter(fact -> fact.type().erasure())
                .forEach(fact -> aggregates.forget(fact.tenant(), fact.pseudonym()));
        List<ValidFact> facts = valid.stream().filter(fact -> !fact.type().erasure()).toList();
        List<UUID> added = store.insertNew(facts);
        aggregates.add(added);
        return new FactBatch.Receipt(added.size(), facts.size() - added.size());
    }
}
