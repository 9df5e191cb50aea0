package gr.kentra.cases.beneficiary;

/** The GDPR Art. 6(1) basis on which the centre processes a person's data. */
enum LegalBasis {
    CONSENT,
    LEGAL_OBLIGATION,
    VITAL_INTEREST,
    PUBLIC_TASK
}
