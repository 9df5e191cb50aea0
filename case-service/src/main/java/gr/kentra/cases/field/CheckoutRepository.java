package gr.kentra.cases.field;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CheckoutRepository extends JpaRepository<Checkout, UUID> {
}
