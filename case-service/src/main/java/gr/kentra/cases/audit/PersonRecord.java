package gr.kentra.cases.audit;

import java.util.UUID;

/** A record in a person's file, as an audit line names it: whose record it is, and which one. */
public interface PersonRecord {

    UUID id();

    UUID beneficiaryId();
}
