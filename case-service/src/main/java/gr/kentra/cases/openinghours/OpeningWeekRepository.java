package gr.kentra.cases.openinghours;

import org.springframework.data.jpa.repository.JpaRepository;

interface OpeningWeekRepository extends JpaRepository<OpeningWeek, Short> {
}
