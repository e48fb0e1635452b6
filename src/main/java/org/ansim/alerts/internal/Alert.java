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
import java.util.Optional;
import java.util.UUID;
import org.ansim.alerts.AlertAcknowledged;
import org.ansim.alerts.AlertClosed;
import org.ansim.alerts.AlertDispatched;
import org.ansim.alerts.AlertEscalated;
import org.ansim.alerts.AlertId;
import org.ansim.alerts.AlertKind;
import org.ansim.alerts.AlertOutcome;
import org.ansim.alerts.AlertPriority;
import org.ansim.alerts.AlertRaised;
import org.ansim.alerts.AlertStatus;
import org.ansim.alerts.AlertView;
import org.ansim.alerts.DispatchKind;
import org.ansim.alerts.EscalationStep;
import org.ansim.alerts.PoliceCalledForAlert;
import org.ansim.alerts.RaiseAlert;
import org.jspecify.annotations.Nullable;

/**
 * One alert and its lifecycle: raised (OPEN), taken on by a staff member (ACKNOWLEDGED), closed with an outcome
 * (CLOSED). Every change takes a new stream sequence, so a replay of the stream shows the latest state. Closed is
 * final; an alert may be closed without acknowledgement (a false alarm cleared at once). Calling the police or
 * dispatching help is possible until it is closed and takes an open alert on. An urgent alert nobody took on climbs
 * the escalation ladder one step at a time, with the interval in force when it was raised.
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
    private @Nullable String outcomeNote;

    @Enumerated(EnumType.STRING)
    private @Nullable EscalationStep escalationStep;

    private @Nullable Integer ladderIntervalSeconds;
    private @Nullable Boolean ladderHighRisk;

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
     * @throws IllegalArgumentException if the note is longer than {@value #MAX_OUTCOME} characters, or blank when the
     *     outcome is {@link AlertOutcome#OTHER}
     */
    public AlertClosed close(String by, Instant at, AlertOutcome outcome, @Nullable String note, long nextSequence) {
        if (status == AlertStatus.CLOSED) {
            throw new AlertLifecycleViolation(alertId(), status, "close");
        }
        requireName(by);
        var cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > MAX_OUTCOME) {
            throw new IllegalArgumentException("A closing note is at most " + MAX_OUTCOME + " characters");
        }
        if (outcome == AlertOutcome.OTHER && cleanNote == null) {
            throw new IllegalArgumentException("An outcome OTHER needs a note saying what it was");
        }
        this.status = AlertStatus.CLOSED;
        this.closedBy = by;
        this.closedAt = Objects.requireNonNull(at, "at");
        this.outcome = outcome.name();
        this.outcomeNote = cleanNote;
        this.sequence = nextSequence;
        return new AlertClosed(alertId(), caseNumber, by, at, outcome.name(), nextSequence);
    }

    /**
     * Records that the police were called; an open alert is taken on by the caller at the same time.
     *
     * @return the acknowledgement, when the call took the alert on
     * @throws AlertLifecycleViolation if it is closed
     */
    public Optional<AlertAcknowledged> policeCalled(String by, Instant at, long nextSequence) {
        return takeOnForAction(by, at, nextSequence, "call the police for");
    }

    /** The event of a police call recorded by {@link #policeCalled}. */
    public PoliceCalledForAlert policeCallEvent(String by, Instant at) {
        return new PoliceCalledForAlert(alertId(), caseNumber, by, at, sequence);
    }

    /**
     * Records that a guard or companion was sent; an open alert is taken on by the dispatcher at the same time.
     *
     * @return the acknowledgement, when the dispatch took the alert on
     * @throws AlertLifecycleViolation if it is closed
     */
    public Optional<AlertAcknowledged> dispatched(String by, Instant at, long nextSequence) {
        return takeOnForAction(by, at, nextSequence, "dispatch help for");
    }

    /** The event of a dispatch recorded by {@link #dispatched}. */
    public AlertDispatched dispatchEvent(DispatchKind kind, String by, Instant at) {
        return new AlertDispatched(alertId(), caseNumber, kind, by, at, sequence);
    }

    private Optional<AlertAcknowledged> takeOnForAction(String by, Instant at, long nextSequence, String action) {
        if (status == AlertStatus.CLOSED) {
            throw new AlertLifecycleViolation(alertId(), status, action);
        }
        requireName(by);
        if (status == AlertStatus.OPEN) {
            return Optional.of(acknowledge(by, at, nextSequence));
        }
        this.sequence = nextSequence;
        return Optional.empty();
    }

    /**
     * Starts the escalation ladder of an urgent alert with the interval in force now.
     *
     * @return when the first step is due
     */
    public Instant startLadder(int intervalSeconds, boolean highRisk) {
        if (intervalSeconds < 1) {
            throw new IllegalArgumentException("A ladder step is at least one second");
        }
        this.ladderIntervalSeconds = intervalSeconds;
        this.ladderHighRisk = highRisk;
        return dueAt(EscalationStep.first());
    }

    /** When {@code step} is due: the raising plus one interval per step. */
    public Instant dueAt(EscalationStep step) {
        if (ladderIntervalSeconds == null) {
            throw new IllegalStateException("Alert " + id + " has no escalation ladder");
        }
        return raisedAt.plusSeconds((long) ladderIntervalSeconds * step.number());
    }

    /**
     * Climbs to {@code step} if the alert is still open and this is the next step; otherwise (acknowledged, closed,
     * a step that fired already) nothing happens, so a timer that runs twice changes nothing.
     */
    public Optional<AlertEscalated> escalate(EscalationStep step, Instant at, long nextSequence) {
        if (status != AlertStatus.OPEN || ladderIntervalSeconds == null) {
            return Optional.empty();
        }
        var expected = escalationStep == null ? EscalationStep.first() : escalationStep.next();
        if (expected != step) {
            return Optional.empty();
        }
        this.escalationStep = step;
        this.sequence = nextSequence;
        return Optional.of(
                new AlertEscalated(alertId(), caseNumber, step, step.notified(), dueAt(step), at, nextSequence));
    }

    /** The step the ladder would climb next, if the alert has a ladder and a step is left. */
    public Optional<EscalationStep> nextStep() {
        if (ladderIntervalSeconds == null || status != AlertStatus.OPEN) {
            return Optional.empty();
        }
        return Optional.ofNullable(escalationStep == null ? EscalationStep.first() : escalationStep.next());
    }

    /** The step the ladder is waiting for (after the last step climbed), whether or not the alert is still open. */
    Optional<EscalationStep> pendingStep() {
        if (ladderIntervalSeconds == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(escalationStep == null ? EscalationStep.first() : escalationStep.next());
    }

    int ladderIntervalSeconds() {
        return ladderIntervalSeconds == null ? 0 : ladderIntervalSeconds;
    }

    boolean ladderHighRisk() {
        return Boolean.TRUE.equals(ladderHighRisk);
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
                outcome,
                outcomeNote,
                escalationStep);
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
