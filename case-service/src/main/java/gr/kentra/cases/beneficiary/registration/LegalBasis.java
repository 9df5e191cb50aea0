package gr.kentra.cases.beneficiary.registration;

/** The GDPR Art. 6(1) basis on which the centre processes a person's data. */
public enum LegalBasis {
    CONSENT,
    LEGAL_OBLIGATION,
    VITAL_INTEREST,
    PUBLIC_TASK
}
