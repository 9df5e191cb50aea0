package gr.kentra.cases.appointment;

/** Only BOOKED appointments hold their slot. Greek labels: {@code appointmentStatus.*}. */
enum AppointmentStatus {
    BOOKED,
    CANCELLED,
    ATTENDED,
    NO_SHOW
}
