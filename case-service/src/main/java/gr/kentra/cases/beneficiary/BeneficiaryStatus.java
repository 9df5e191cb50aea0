package gr.kentra.cases.beneficiary;

/** Where a person's record stands. {@code ERASED} is reached only through erasure, never through an edit. */
enum BeneficiaryStatus {
    ACTIVE,
    INACTIVE,
    DECEASED,
    ERASED
}
