package gr.kentra.cases.assessment;

enum Priority {
    LOW,
    MEDIUM,
    HIGH,
    URGENT
}
