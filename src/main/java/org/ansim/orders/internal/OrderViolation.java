package org.ansim.orders.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.ansim.privacy.AssociatedData;
import org.ansim.privacy.Sealed;
import org.ansim.privacy.SealedConverter;
import org.ansim.privacy.SealedNote;

/**
 * A breach of an order as it matters in court: when, where (sealed: it is often near the victim's home) and the
 * reference of the evidence (a police evidence number, a file in the evidence locker).
 */
@Entity
@Table(name = "orders_violation")
public class OrderViolation {

    public static final int MAX_EVIDENCE = 200;

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID orderId;

    @Column(nullable = false)
    private Instant occurredAt;

    @Convert(converter = SealedConverter.ForNote.class)
    @Column(nullable = false)
    private Sealed<SealedNote> place;

    @Column(nullable = false)
    private String evidenceReference;

    @Column(nullable = false)
    private String recordedBy;

    @Column(nullable = false)
    private Instant recordedAt;

    @Version
    private Long version;

    protected OrderViolation() {}

    static OrderViolation of(
            UUID id,
            ProtectiveOrder order,
            Instant occurredAt,
            Sealed<SealedNote> place,
            String evidenceReference,
            String recordedBy,
            Instant at) {
        var violation = new OrderViolation();
        violation.id = id;
        violation.orderId = order.id().value();
        violation.occurredAt = occurredAt;
        violation.place = place;
        violation.evidenceReference = evidenceReference;
        violation.recordedBy = recordedBy;
        violation.recordedAt = at;
        return violation;
    }

    /** Where the place of violation {@code id} is sealed. */
    public static AssociatedData placeOf(UUID id) {
        return AssociatedData.of("order-violation", id, "place");
    }

    public UUID id() {
        return id;
    }

    public UUID orderId() {
        return orderId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Sealed<SealedNote> place() {
        return place;
    }

    public String evidenceReference() {
        return evidenceReference;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
