package org.ansim.alerts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.ansim.alerts.AlertAcknowledged;
import org.ansim.alerts.AlertClosed;
import org.ansim.alerts.AlertId;
import org.ansim.alerts.AlertKind;
import org.ansim.alerts.AlertPriority;
import org.ansim.alerts.AlertRaised;
import org.ansim.alerts.AlertStatus;
import org.ansim.alerts.AlertView;
import org.ansim.alerts.RaiseAlert;
import org.jspecify.annotations.Nullable;

/**
 * One alert and its lifecycle: raised (OPEN), taken on by a staff member (ACKNOWLEDGED), closed with an outcome
 * (CLOSED). Every change takes a new stream sequence, so a replay of the stream shows the latest state. Closed is
 * final; an alert may be closed without acknowledgement (a false alarm cleared at once).
 */
@Entity
@Table(name = "alerts_alert")
public class Alert {

    public static final int MAX_OUTCOME = 500;

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AlertKind kind;

    @Column(nullable = false)
    private String caseNumber;

    @Column(nullable = false)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AlertPriority priority;

    @Column(nullable = false)
    private boolean silent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AlertStatus status;

    @Column(nullable = false)
    private long sequence;

    private @Nullable String sourceKey;

    @Column(nullable = false)
    private Instant raisedAt;

    private @Nullable Instant acknowledgedAt;
    private @Nullable String acknowledgedBy;
    private @Nullable Instant closedAt;
    private @Nullable String closedBy;
    private @Nullable String outcome;

    @Version
    private Long version;

    protected Alert() {}

    private Alert(AlertId id, RaiseAlert command, Instant raisedAt, long sequence) {
        this.id = id.value();
        this.kind = command.kind();
        this.caseNumber = command.caseNumber();
        this.summary = command.summary();
        this.priority = command.kind().priority();
        this.silent = command.silent();
        this.status = AlertStatus.OPEN;
        this.sequence = sequence;
        this.sourceKey = command.sourceKey();
        this.raisedAt = Objects.requireNonNull(raisedAt, "raisedAt");
    }

    /** A new, open alert with its first stream sequence. */
    public static Alert raise(RaiseAlert command, Instant at, long sequence) {
        return new Alert(AlertId.random(), command, at, sequence);
    }

    /**
     * A staff member takes the alert on.
     *
     * @throws AlertLifecycleViolation unless the alert is open
     */
    public AlertAcknowledged acknowledge(String by, Instant at, long nextSequence) {
        if (status != AlertStatus.OPEN) {
            throw new AlertLifecycleViolation(alertId(), status, "acknowledge");
        }
        requireName(by);
        this.status = AlertStatus.ACKNOWLEDGED;
        this.acknowledgedBy = by;
        this.acknowledgedAt = Objects.requireNonNull(at, "at");
        this.sequence = nextSequence;
        return new AlertAcknowledged(alertId(), caseNumber, by, at, nextSequence);
    }

    /**
     * Closes the alert with what came of it.
     *
     * @throws AlertLifecycleViolation if it is closed already
     * @throws IllegalArgumentException if the outcome is blank or longer than {@value #MAX_OUTCOME} characters
     */
    public AlertClosed close(String by, Instant at, String outcome, long nextSequence) {
        if (status == AlertStatus.CLOSED) {
            throw new AlertLifecycleViolation(alertId(), status, "close");
        }
        requireName(by);
        if (outcome.isBlank() || outcome.length() > MAX_OUTCOME) {
            throw new IllegalArgumentException("An outcome is 1 to " + MAX_OUTCOME + " characters");
        }
        this.status = AlertStatus.CLOSED;
        this.closedBy = by;
        this.closedAt = Objects.requireNonNull(at, "at");
        this.outcome = outcome.strip();
        this.sequence = nextSequence;
        return new AlertClosed(alertId(), caseNumber, by, at, this.outcome, nextSequence);
    }

    public AlertRaised raised() {
        return new AlertRaised(alertId(), kind, caseNumber, priority, silent, sequence, raisedAt);
    }

    public AlertView view() {
        return new AlertView(
                alertId(),
                kind,
                caseNumber,
                summary,
                priority,
                silent,
                status,
                sequence,
                raisedAt,
                acknowledgedAt,
                acknowledgedBy,
                closedAt,
                closedBy,
                outcome);
    }

    public AlertId alertId() {
        return new AlertId(id);
    }

    public AlertStatus status() {
        return status;
    }

    public long sequence() {
        return sequence;
    }

    @Nullable
    String sourceKey() {
        return sourceKey;
    }

    private static void requireName(String by) {
        if (by.isBlank()) {
            throw new IllegalArgumentException("Who acted must be named");
        }
    }
}
