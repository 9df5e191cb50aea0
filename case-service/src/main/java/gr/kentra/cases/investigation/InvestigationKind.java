package gr.kentra.cases.investigation;

/** What a social investigation is asked to establish; counted by it in the indicators. */
public enum InvestigationKind {
    HOUSEHOLD_COMPOSITION,
    ELECTRICITY_SUPPLY,
    HOMELESSNESS,
    FINANCIAL_SITUATION,
    CHILD_PROTECTION,
    OTHER
}
