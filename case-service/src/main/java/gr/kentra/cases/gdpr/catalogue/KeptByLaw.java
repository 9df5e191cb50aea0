package gr.kentra.cases.gdpr.catalogue;

import java.util.List;

/**
 * A record of the person kept whole although they are erased, because a law requires it.
 *
 * @param record     the kind of record (the table)
 * @param id         its id
 * @param fields     what it keeps that erasure would otherwise clear
 * @param legalBasis the law that requires it
 */
public record KeptByLaw(String record, String id, List<String> fields, String legalBasis) {
}
