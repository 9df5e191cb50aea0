package gr.kentra.reporting.fact;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /internal/facts}, exactly as case-service sends it. Each fact arrives as a JSON tree and
 * is bound on its own, so that a fact of the wrong shape is refused alone while the rest of the batch is stored;
 * every value is a plain JSON type so that {@link FactValidator} can name the index and field of anything outside
 * the contract. Each one binds to the contract's {@link gr.kentra.commons.facts.Fact}.
 */
record FactBatch(List<JsonNode> facts, Map<String, CentreName> names) {

    /**
     * The registry's names of the batch's centres, which the relay adds (optional: a relay from before names sends
     * none); reporting keeps them for its rows' labels.
     */
    record CentreName(String el, String en) {
    }

    /**
     * What intake answers: how many facts were new, how many had been received before, and the facts it refused
     * (each with its index in the batch, its id when it had a readable one, and why). A refused fact is not
     * stored; the sender sets it aside and sends the facts behind it.
     */
    record Receipt(int received, int duplicates, List<Refused> refused) {
    }

    record Refused(int index, String id, List<Reason> errors) {
    }

    record Reason(String field, String code, String message) {
    }
}
