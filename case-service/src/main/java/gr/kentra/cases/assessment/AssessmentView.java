package gr.kentra.cases.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

record AssessmentView(UUID id, List<NeedCategory> needs, Priority priority, LocalDate date, String assessor,
        String notes, Instant recordedAt) {
}
