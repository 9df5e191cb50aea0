package gr.kentra.cases.beneficiary.registration;

/** Where a person's record stands. {@code ERASED} is reached only through erasure, never through an edit. */
public enum BeneficiaryStatus {
    ACTIVE,
    INACTIVE,
    DECEASED,
    ERASED
}
