package gr.kentra.cases.gdpr.api;

import java.util.List;

import gr.kentra.cases.gdpr.catalogue.KeptByLaw;

/** The answer to an erasure that had to keep something: each record kept whole, and the law that keeps it. */
record ErasureAnswer(List<KeptByLaw> keptByLaw) {
}
