package gr.kentra.cases.model;

/** Labour-market status as the ESF indicators count it (CO01–CO05, EECO02–EECO05). */
public enum EmploymentStatus {
    EMPLOYED,
    UNEMPLOYED,
    LONG_TERM_UNEMPLOYED,
    INACTIVE,
    INACTIVE_IN_EDUCATION
}
