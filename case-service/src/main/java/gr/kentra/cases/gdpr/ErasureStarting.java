package gr.kentra.cases.gdpr;

import java.util.UUID;

/**
 * A person's identity is about to be erased (published in the erasure's transaction, before anything is
 * cleared): what was derived from the identity and kept beside the person's records can still be found by it.
 */
public record ErasureStarting(UUID beneficiaryId) {
}
