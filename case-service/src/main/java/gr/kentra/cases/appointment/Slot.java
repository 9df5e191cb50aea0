package gr.kentra.cases.appointment;

import java.time.LocalDateTime;
import java.util.UUID;

/** Who meets whom, when and why: the part of an appointment the booking rules look at. */
record Slot(String staff, UUID beneficiary, LocalDateTime start, LocalDateTime end, String purpose) {
}
