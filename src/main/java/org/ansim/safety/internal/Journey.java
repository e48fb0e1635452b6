package org.ansim.safety.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A walk home: the victim says where to and when she expects to arrive; unless she says she arrived, the journey
 * escalates by itself at expected arrival plus grace ({@link #escalatesAt()}), once. Extending moves the deadline;
 * the server, not the phone, decides every escalation.
 */
@Entity
@Table(name = "safety_journey")
public class Journey implements RetryKeys.FirstArrival {

    public static final Duration MAX_AHEAD = Duration.ofHours(24);
    public static final int MAX_GRACE_SECONDS = 3600;
    public static final int MAX_EXTENSION_MINUTES = 240;

    /** Where a journey is. */
    public enum Status {
        RUNNING,
        ARRIVED,
        ESCALATED
    }

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID clientEventId;

    @Column(nullable = false)
    private String requestHash;

    @Column(nullable = false)
    private UUID phoneId;

    @Column(nullable = false)
    private UUID caseId;

    @Column(nullable = false)
    private String caseNumber;

    @Column(nullable = false)
    private String destinationLabel;

    @Column(nullable = false)
    private Instant startedAt;

    @Column(nullable = false)
    private Instant expectedArrivalAt;

    @Column(nullable = false)
    private int graceSeconds;

    @Column(nullable = false)
    private Instant firstEscalatesAt;

    @Column(nullable = false)
    private Instant escalatesAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private @Nullable Instant arrivedAt;
    private @Nullable Instant escalatedAt;
    private @Nullable UUID alertId;
    private @Nullable UUID duressAlertId;
    private @Nullable Instant endedAt;

    @Column(nullable = false)
    private int retentionDays;

    @Version
    private Long version;

    protected Journey() {}

    /**
     * @throws IllegalArgumentException when the expected arrival is in the past or more than 24 hours ahead, or the
     *     grace is outside 0 to 3600 seconds
     */
    static Journey start(
            UUID clientEventId,
            String requestHash,
            Phone phone,
            String destinationLabel,
            Instant expectedArrivalAt,
            int graceSeconds,
            int retentionDays,
            Instant now) {
        if (expectedArrivalAt.isBefore(now) || expectedArrivalAt.isAfter(now.plus(MAX_AHEAD))) {
            throw new IllegalArgumentException("The expected arrival is in the past or more than 24 hours ahead");
        }
        if (graceSeconds < 0 || graceSeconds > MAX_GRACE_SECONDS) {
            throw new IllegalArgumentException("Grace is 0 to 3600 seconds");
        }
        var journey = new Journey();
        journey.id = UUID.randomUUID();
        journey.clientEventId = clientEventId;
        journey.requestHash = requestHash;
        journey.phoneId = phone.id();
        journey.caseId = phone.caseId();
        journey.caseNumber = phone.caseNumber();
        journey.destinationLabel = destinationLabel;
        journey.startedAt = now;
        journey.expectedArrivalAt = expectedArrivalAt;
        journey.graceSeconds = graceSeconds;
        journey.escalatesAt = expectedArrivalAt.plusSeconds(graceSeconds);
        journey.firstEscalatesAt = journey.escalatesAt;
        journey.status = Status.RUNNING;
        journey.retentionDays = retentionDays;
        return journey;
    }

    /** She is home. After an escalation the arrival is still recorded (the dispatcher wants to know she is safe). */
    void arrive(Instant now) {
        if (arrivedAt != null) {
            return;
        }
        arrivedAt = now;
        endedAt = endedAt == null ? now : endedAt;
        if (status == Status.RUNNING) {
            status = Status.ARRIVED;
        }
    }

    /**
     * "I need 15 more minutes": the deadline moves by {@code minutes} from where it is.
     *
     * @throws JourneyNotRunning when the journey ended or its deadline has already passed (then it escalates anyway)
     */
    Instant extend(int minutes, Instant now) {
        if (minutes < 1 || minutes > MAX_EXTENSION_MINUTES) {
            throw new IllegalArgumentException("An extension is 1 to " + MAX_EXTENSION_MINUTES + " minutes");
        }
        if (status != Status.RUNNING || !now.isBefore(escalatesAt)) {
            throw new JourneyNotRunning();
        }
        escalatesAt = escalatesAt.plus(Duration.ofMinutes(minutes));
        return escalatesAt;
    }

    /** Whether positions are still taken: while she is on her way, and after an escalation until she arrives. */
    boolean takesPositions() {
        return arrivedAt == null;
    }

    /** The deadline passed without arrival. Only once: a second run changes nothing. */
    boolean escalate(UUID alert, Instant now) {
        if (status != Status.RUNNING) {
            return false;
        }
        status = Status.ESCALATED;
        escalatedAt = now;
        endedAt = now;
        alertId = alert;
        return true;
    }

    void duressRaised(UUID alert) {
        if (duressAlertId == null) {
            duressAlertId = alert;
        }
    }

    public UUID id() {
        return id;
    }

    public UUID clientEventId() {
        return clientEventId;
    }

    public String requestHash() {
        return requestHash;
    }

    public UUID phoneId() {
        return phoneId;
    }

    public UUID caseId() {
        return caseId;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String destinationLabel() {
        return destinationLabel;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant expectedArrivalAt() {
        return expectedArrivalAt;
    }

    public int graceSeconds() {
        return graceSeconds;
    }

    public Instant firstEscalatesAt() {
        return firstEscalatesAt;
    }

    public Instant escalatesAt() {
        return escalatesAt;
    }

    public Status status() {
        return status;
    }

    public @Nullable Instant arrivedAt() {
        return arrivedAt;
    }

    public @Nullable Instant escalatedAt() {
        return escalatedAt;
    }

    public @Nullable UUID alertId() {
        return alertId;
    }
}
