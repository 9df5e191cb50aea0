package gr.kentra.cases.appointment;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppointmentRepository extends JpaRepository<Appointment, UUID> {

    /** BOOKED appointments of a staff member overlapping [start, end), other than {@code self}. */
    @Query("""
            select a from Appointment a where a.staff = :staff
            and a.status = gr.kentra.cases.appointment.AppointmentStatus.BOOKED and a.id <> :self
            and a.startsAt < :end and a.endsAt > :start order by a.startsAt""")
    List<Appointment> staffClashes(@Param("staff") String staff, @Param("start") LocalDateTime start,
            @Param("end") LocalDateTime end, @Param("self") UUID self);

    /** BOOKED appointments of a person overlapping [start, end), other than {@code self}. */
    @Query("""
            select a from Appointment a where a.beneficiaryId = :beneficiary
            and a.status = gr.kentra.cases.appointment.AppointmentStatus.BOOKED
            and a.id <> :self and a.startsAt < :end and a.endsAt > :start order by a.startsAt""")
    List<Appointment> beneficiaryClashes(@Param("beneficiary") UUID beneficiary,
            @Param("start") LocalDateTime start, @Param("end") LocalDateTime end, @Param("self") UUID self);

    List<Appointment> findByStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAscIdAsc(LocalDateTime from,
            LocalDateTime to);

    List<Appointment> findByStaffAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAscIdAsc(String staff,
            LocalDateTime from, LocalDateTime to);

    /** A person's latest appointments, for the record card. */
    List<Appointment> findTop50ByBeneficiaryIdOrderByStartsAtDesc(UUID beneficiaryId);
}
