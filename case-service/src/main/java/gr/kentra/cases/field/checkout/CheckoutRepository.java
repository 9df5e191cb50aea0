package gr.kentra.cases.field.checkout;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CheckoutRepository extends JpaRepository<Checkout, UUID> {
}
