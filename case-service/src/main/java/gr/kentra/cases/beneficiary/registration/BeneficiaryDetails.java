package gr.kentra.cases.beneficiary.registration;

import java.time.LocalDate;

import gr.kentra.cases.beneficiary.ProcessingBasis;

/** Identity and contact details, as given on registration and on every edit. */
interface BeneficiaryDetails {
    String firstName();
    String lastName();
    String latinFirstName();
    String latinLastName();
    LocalDate dateOfBirth();
    Gender gender();
    String amka();
    String afm();
    String citizenship();
    String idDocumentNumber();
    String phone();
    String email();
    String address();
    Consent consent();
    /** Null keeps the record's basis ({@link ProcessingBasis#DEFAULT} for a new one). */
    ProcessingBasis processingBasis();
}
