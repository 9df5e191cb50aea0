package gr.kentra.cases.gdpr;

import java.util.List;

/** The answer to an erasure that had to keep something: each record kept whole, and the law that keeps it. */
record ErasureAnswer(List<KeptByLaw> keptByLaw) {
}
