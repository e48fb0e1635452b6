package org.ansim.orders.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.ansim.cases.CaseActivityNoted;
import org.ansim.cases.CaseId;
import org.ansim.orders.OrderId;
import org.ansim.orders.OrderKind;
import org.ansim.orders.OrderViolated;
import org.ansim.orders.ProtectiveOrderCancelled;
import org.ansim.orders.ProtectiveOrderExtended;
import org.ansim.orders.ProtectiveOrderRecorded;
import org.ansim.settings.PolicySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One protective order on a case: its kind, its start and end, and the rules of the Stalking Punishment Act that bind
 * it (the limits in force when it was recorded are kept on it). An emergency measure awaits the judge's approval and
 * is cancelled when it does not come in time; extensions move the end within their period and count.
 */
@Entity
@Table(name = "orders_order")
public class ProtectiveOrder extends AbstractAggregateRoot<ProtectiveOrder> {

    static final Set<String> PROVISIONAL_NUMBERS = Set.of("1", "2", "3", "3-2", "4");
    static final int MAX_APPROACH_METERS = 10_000;

    /** How the source key of an order taken from a police referral begins. */
    static final String REFERRAL_SOURCE = "referral:";

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID caseId;

    @Column(nullable = false)
    private String caseNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderKind kind;

    private String provisionalNo;

    @Column(nullable = false)
    private LocalDate startsOn;

    @Column(nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false)
    private LocalDate firstEndsOn;

    private Integer approachBanMeters;

    @Column(nullable = false)
    private boolean telecomBan;

    private Instant approvalDueAt;
    private Instant approvedAt;
    private Instant cancelledAt;
    private String cancelReason;

    @Column(nullable = false)
    private int extensions;

    @Column(nullable = false)
    private int maxExtensions;

    @Column(nullable = false)
    private int periodAmount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Period.Unit periodUnit;

    @Column(nullable = false)
    private int warningDays;

    @Column(nullable = false)
    private LocalDate limitsOn;

    private String sourceKey;

    @Column(nullable = false)
    private String recordedBy;

    @Column(nullable = false)
    private Instant recordedAt;

    @Version
    private Long version;

    protected ProtectiveOrder() {}

    /**
     * Records an order after checking it against the limits in force.
     *
     * @throws OrderRejected when its data is impossible (end before start, longer than the law allows), naming the field
     * @throws OrderRuleViolated when the law does not allow it at all (a protection order before the law is in force)
     */
    public static ProtectiveOrder record(
            CaseId caseId,
            String caseNumber,
            MeasureTerms terms,
            OrderLimits limits,
            @Nullable String sourceKey,
            String recordedBy,
            Instant at) {
        var kind = terms.kind();
        var no = terms.provisionalNo() == null ? null : terms.provisionalNo().strip();
        if (kind == OrderKind.PROVISIONAL_MEASURE && (no == null || !PROVISIONAL_NUMBERS.contains(no))) {
            throw new OrderRejected("provisionalNo", "must be 1, 2, 3, 3-2 or 4 for a provisional measure");
        }
        if (kind != OrderKind.PROVISIONAL_MEASURE && no != null && !no.isEmpty()) {
            throw new OrderRejected("provisionalNo", "is only for provisional measures");
        }
        if (kind == OrderKind.PROTECTION_ORDER && limits.on().isBefore(limits.protectionOrdersFrom())) {
            throw new OrderRuleViolated(
                    "protection-order-not-in-force",
                    "Victim protection orders exist from " + limits.protectionOrdersFrom());
        }
        if (terms.endsOn().isBefore(terms.startsOn())) {
            throw new OrderRejected("endsOn", "is before startsOn");
        }
        var limit = limits.limitFor(kind, no);
        var latest = limit.period().latestEnd(terms.startsOn());
        if (latest != null && terms.endsOn().isAfter(latest)) {
            throw new OrderRejected(
                    "endsOn",
                    "is beyond the longest this order may last (" + limit.period() + ", until " + latest + ")");
        }
        var meters = terms.approachBanMeters();
        if (meters != null && (meters < 1 || meters > MAX_APPROACH_METERS)) {
            throw new OrderRejected("approachBanMeters", "must be 1 to " + MAX_APPROACH_METERS);
        }
        var telecom = Boolean.TRUE.equals(terms.telecomBan());
        if (kind == OrderKind.EMERGENCY_MEASURE && meters == null && !telecom) {
            throw new OrderRejected(
                    "approachBanMeters", "an emergency measure bans approach, telecommunication or both");
        }
        if (kind == OrderKind.PROVISIONAL_MEASURE && "2".equals(no) && meters == null) {
            throw new OrderRejected("approachBanMeters", "provisional measure no. 2 bans approach within a distance");
        }
        var order = new ProtectiveOrder();
        order.id = UUID.randomUUID();
        order.caseId = caseId.value();
        order.caseNumber = caseNumber;
        order.kind = kind;
        order.provisionalNo = kind == OrderKind.PROVISIONAL_MEASURE ? no : null;
        order.startsOn = terms.startsOn();
        order.endsOn = terms.endsOn();
        order.firstEndsOn = terms.endsOn();
        order.approachBanMeters = meters;
        order.telecomBan = telecom || "3".equals(no);
        order.maxExtensions = limit.maxExtensions();
        order.periodAmount = limit.period().amount();
        order.periodUnit = limit.period().unit();
        order.warningDays = limits.warningDays();
        order.limitsOn = limits.on();
        order.sourceKey = sourceKey;
        order.recordedBy = recordedBy;
        order.recordedAt = at;
        if (kind == OrderKind.EMERGENCY_MEASURE) {
            order.approvalDueAt = order.startsAt().plus(Duration.ofHours(limits.approvalHours()));
            if (terms.approvedAt() != null) {
                order.approve(terms.approvedAt(), recordedBy);
            }
        }
        order.registerEvent(new ProtectiveOrderRecorded(
                order.id(),
                caseId,
                kind,
                order.provisionalNo,
                order.startsOn,
                order.endsOn,
                order.fromPoliceReferral(),
                at));
        order.registerEvent(new CaseActivityNoted(caseId, "orders", "ORDER_RECORDED", order.label(), recordedBy, at));
        return order;
    }

    /** The judge approved the emergency measure; only before the deadline, and only once. */
    public void approve(Instant approvedAt, String recordedBy) {
        if (kind != OrderKind.EMERGENCY_MEASURE) {
            throw new OrderRuleViolated(
                    "order-approval-not-needed", "Only an emergency measure awaits a judge's approval");
        }
        if (cancelledAt != null) {
            throw new OrderRuleViolated("order-cancelled", "This order was cancelled on " + cancelledAt);
        }
        if (this.approvedAt != null) {
            throw new OrderRuleViolated("order-already-approved", "The judge's approval is already recorded");
        }
        if (approvedAt.isAfter(approvalDueAt)) {
            throw new OrderRuleViolated(
                    "emergency-approval-late", "The judge's approval had to come by " + approvalDueAt);
        }
        this.approvedAt = approvedAt;
        registerEvent(new CaseActivityNoted(caseId(), "orders", "ORDER_APPROVED", label(), recordedBy, approvedAt));
    }

    /**
     * The approval deadline passed: an emergency measure the judge did not approve in time is cancelled. Returns
     * whether it was (a second call, or an approved measure, changes nothing).
     */
    public boolean cancelUnlessApproved(Instant now) {
        if (kind != OrderKind.EMERGENCY_MEASURE || approvedAt != null || cancelledAt != null) {
            return false;
        }
        if (now.isBefore(approvalDueAt)) {
            return false;
        }
        cancelledAt = now;
        cancelReason = "No judge's approval by " + approvalDueAt;
        registerEvent(new ProtectiveOrderCancelled(id(), caseId(), cancelReason, now));
        registerEvent(new CaseActivityNoted(caseId(), "orders", "ORDER_CANCELLED", label(), null, now));
        return true;
    }

    /**
     * Extends the order to {@code newEndsOn}: only an order that may be extended, not yet lapsed or cancelled, within
     * one period after its present end and within its count of extensions.
     */
    public void extend(LocalDate newEndsOn, LocalDate today, String recordedBy, Instant at) {
        if (cancelledAt != null) {
            throw new OrderRuleViolated("order-cancelled", "A cancelled order cannot be extended");
        }
        if (maxExtensions == 0) {
            throw new OrderRuleViolated("order-not-extendable", "This kind of order cannot be extended");
        }
        if (extensions >= maxExtensions) {
            throw new OrderRuleViolated(
                    "order-extension-limit",
                    "This order was already extended " + extensions + " times, the most allowed");
        }
        if (today.isAfter(endsOn)) {
            throw new OrderRuleViolated("order-lapsed", "This order lapsed on " + endsOn + "; a new order is needed");
        }
        if (!newEndsOn.isAfter(endsOn)) {
            throw new OrderRejected("endsOn", "must be after the present end " + endsOn);
        }
        var latest = period().latestEnd(endsOn);
        if (latest != null && newEndsOn.isAfter(latest)) {
            throw new OrderRejected("endsOn", "an extension is at most " + period() + ", until " + latest);
        }
        endsOn = newEndsOn;
        extensions++;
        registerEvent(new ProtectiveOrderExtended(id(), caseId(), endsOn, extensions, at));
        registerEvent(new CaseActivityNoted(caseId(), "orders", "ORDER_EXTENDED", label(), recordedBy, at));
    }

    /** Checks that a breach at {@code occurredAt} is possible (while the order was in force) and announces it. */
    void noteViolation(Instant occurredAt, Instant now, String recordedBy) {
        if (occurredAt.isAfter(now.plusSeconds(60))) {
            throw new OrderRejected("occurredAt", "is in the future");
        }
        if (occurredAt.isBefore(startsAt())) {
            throw new OrderRejected("occurredAt", "is before the order started on " + startsOn);
        }
        if (!occurredAt.isBefore(lapsesAt())) {
            throw new OrderRejected("occurredAt", "is after the order ended on " + endsOn);
        }
        registerEvent(new OrderViolated(id(), caseId(), occurredAt, now));
        registerEvent(new CaseActivityNoted(caseId(), "orders", "ORDER_VIOLATED", label(), recordedBy, now));
    }

    public OrderState stateOn(Instant now) {
        if (cancelledAt != null) {
            return OrderState.CANCELLED;
        }
        if (!now.isBefore(lapsesAt())) {
            return OrderState.LAPSED;
        }
        if (kind == OrderKind.EMERGENCY_MEASURE && approvedAt == null) {
            return OrderState.AWAITING_APPROVAL;
        }
        return now.isBefore(startsAt()) ? OrderState.NOT_STARTED : OrderState.IN_FORCE;
    }

    /** The start of its first day, Asia/Seoul. */
    public Instant startsAt() {
        return startsOn.atStartOfDay(PolicySettings.ZONE).toInstant();
    }

    /** The end of its last day, Asia/Seoul: the moment it lapses. */
    public Instant lapsesAt() {
        return endsOn.plusDays(1).atStartOfDay(PolicySettings.ZONE).toInstant();
    }

    /** When the warning of its lapse is due (the warning days in force when it was recorded before its lapse). */
    public Instant warnAt() {
        return lapsesAt().minus(Duration.ofDays(warningDays));
    }

    /** Whether the lapse is near on {@code now}: within the warning days, not lapsed, not cancelled. */
    public boolean expiringOn(Instant now) {
        var state = stateOn(now);
        return (state == OrderState.IN_FORCE || state == OrderState.AWAITING_APPROVAL) && !now.isBefore(warnAt());
    }

    public boolean mayStillBeExtended() {
        return cancelledAt == null && extensions < maxExtensions;
    }

    /** e.g. {@code PROVISIONAL_MEASURE 3-2} */
    public String label() {
        return provisionalNo == null ? kind.name() : kind.name() + " " + provisionalNo;
    }

    public Period period() {
        return new Period(periodAmount, periodUnit);
    }

    public OrderId id() {
        return new OrderId(id);
    }

    public CaseId caseId() {
        return new CaseId(caseId);
    }

    public String caseNumber() {
        return caseNumber;
    }

    public OrderKind kind() {
        return kind;
    }

    public @Nullable String provisionalNo() {
        return provisionalNo;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public LocalDate firstEndsOn() {
        return firstEndsOn;
    }

    public @Nullable Integer approachBanMeters() {
        return approachBanMeters;
    }

    public boolean telecomBan() {
        return telecomBan;
    }

    public boolean electronicMonitoring() {
        return "3-2".equals(provisionalNo);
    }

    public @Nullable Instant approvalDueAt() {
        return approvalDueAt;
    }

    public @Nullable Instant approvedAt() {
        return approvedAt;
    }

    public @Nullable Instant cancelledAt() {
        return cancelledAt;
    }

    public @Nullable String cancelReason() {
        return cancelReason;
    }

    public int extensions() {
        return extensions;
    }

    public int maxExtensions() {
        return maxExtensions;
    }

    public int warningDays() {
        return warningDays;
    }

    public boolean fromPoliceReferral() {
        return sourceKey != null && sourceKey.startsWith(REFERRAL_SOURCE);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
