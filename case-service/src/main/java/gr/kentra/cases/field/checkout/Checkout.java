package gr.kentra.cases.field.checkout;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A visit list handed to a staff member: which places, how much, when; never the people themselves. */
@Entity
@Table(name = "field_checkout")
class Checkout {

    @Id
    private UUID id;

    @Column(name = "made_by", nullable = false)
    private String madeBy;

    @Column(name = "made_at", nullable = false)
    private Instant madeAt;

    @Column(nullable = false)
    private String places;

    @Column(nullable = false)
    private int people;

    @Column(nullable = false)
    private int requests;

    @Column(nullable = false)
    private long bytes;

    protected Checkout() {
    }

    Checkout(UUID id, String madeBy, Instant madeAt, String places, int people, int requests, long bytes) {
        this.id = id;
        this.madeBy = madeBy;
        this.madeAt = madeAt;
        this.places = places;
        this.people = people;
        this.requests = requests;
        this.bytes = bytes;
    }

    UUID id() { return id; }
}
