package gr.kentra.reporting.fact;

import java.util.ArrayList;
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

    /**
     * Facts and aggregates change in one transaction, so the aggregates never disagree with the facts. The batch
     * is applied in its order: an erasure comes after the facts case-service sent before it about the person, often
     * in the same batch, and those must be stored first so that the erasure unlinks them too.
     */
    @Transactional
    Checked receive(FactBatch batch) {
        FactValidator.Checked checked = validator.validate(batch);
        int received = 0;
        int facts = 0;
        List<ValidFact> run = new ArrayList<>();
        for (ValidFact fact : checked.valid()) {
            if (!fact.type().erasure()) {
                run.add(fact);
                continue;
            }
            received += store(run);
            facts += run.size();
            run.clear();
            // An erasure is applied, never stored: storing it would keep the very pseudonym it asks to forget.
            aggregates.forget(fact.tenant(), fact.pseudonym());
        }
        received += store(run);
        facts += run.size();
        return new Checked(received, facts - received, checked.refused());
    }

    private int store(List<ValidFact> facts) {
        if (facts.isEmpty()) {
            return 0;
        }
        List<UUID> added = store.insertNew(facts);
        aggregates.add(added);
        return added.size();
    }

    /** The outcome before the refusals' reasons are put into words. */
    record Checked(int received, int duplicates, List<FactValidator.RefusedFact> refused) {
    }
}
