package gr.kentra.cases.beneficiary.registration;

/** Labels are in the message bundles under {@code gender.<CONSTANT>}. */
public enum Gender {
    FEMALE, MALE, NON_BINARY, UNKNOWN
}
