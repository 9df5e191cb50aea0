package gr.kentra.reporting.fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import gr.kentra.reporting.aggregate.Aggregates;
import gr.kentra.reporting.aggregate.CentreNames;
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
    private final CentreNames centreNames;

    FactIntake(FactStore store, Aggregates aggregates, FactValidator validator, CentreNames centreNames) {
        this.store = store;
        this.aggregates = aggregates;
        this.validator = validator;
        this.centreNames = centreNames;
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
        centreNames.save(names(batch, checked.valid()));
        return new Checked(received, facts - received, checked.refused());
    }

    /**
     * The names the batch brings for centres of its valid facts: a name is a label, never a reason to refuse
     * facts, so a name that is blank or too long is left out and the centre keeps its stored name (or its slug).
     */
    private static Map<String, CentreNames.Name> names(FactBatch batch, List<ValidFact> valid) {
        if (batch.names() == null) {
            return Map.of();
        }
        Set<String> tenants = valid.stream().map(ValidFact::tenant).collect(Collectors.toSet());
        Map<String, CentreNames.Name> names = new LinkedHashMap<>();
        batch.names().forEach((tenant, name) -> {
            if (tenants.contains(tenant) && name != null && fits(name.el()) && !name.el().isBlank()
                    && (name.en() == null || fits(name.en()))) {
                names.put(tenant, new CentreNames.Name(name.el().strip(),
                        name.en() == null || name.en().isBlank() ? null : name.en().strip()));
            }
        });
        return names;
    }

    private static boolean fits(String text) {
        return text != null && text.length() <= MAX_NAME;
    }

    static final int MAX_NAME = 300;

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
