package gr.kentra.cases.homeless;

/** Whether an entry of the register is current: only one ACTIVE entry per person. */
public enum HomelessStatus {
    ACTIVE,
    HOUSED,
    LOST_CONTACT,
    DECEASED
}
