package org.ansim.orders.internal;

import java.time.LocalDate;
import org.ansim.orders.OrderKind;
import org.ansim.settings.PolicySettings;
import org.jspecify.annotations.Nullable;

/**
 * The Stalking Punishment Act's numbers in force on one day, from the settings: how long each kind of order may last,
 * how often it may be extended, the judge's approval window, and how early its lapse is warned of.
 */
public record OrderLimits(
        LocalDate on,
        int emergencyMaxDays,
        int approvalHours,
        int provisionalMonths,
        int provisionalExtensions,
        int detentionMonths,
        int protectionMonths,
        int protectionExtensions,
        LocalDate protectionOrdersFrom,
        int warningDays) {

    /** One kind's limit: the period of the order and of each extension, and how many extensions. */
    public record Limit(Period period, int maxExtensions) {}

    public static OrderLimits on(PolicySettings settings, LocalDate on) {
        return new OrderLimits(
                on,
                (int) settings.number("orders.emergency-max-days", on),
                (int) settings.number("orders.emergency-approval-hours", on),
                (int) settings.number("orders.provisional-months", on),
                (int) settings.number("orders.provisional-extensions", on),
                (int) settings.number("orders.detention-max-months", on),
                (int) settings.number("orders.protection-order-months", on),
                (int) settings.number("orders.protection-order-extensions", on),
                settings.date("orders.victim-protection-order-in-force-from", on),
                (int) settings.number("orders.expiry-warning-days", on));
    }

    /** The defaults of LAW.md, for tests and as a reading of the law. */
    public static OrderLimits ofLaw(LocalDate on) {
        return new OrderLimits(on, 30, 48, 3, 2, 1, 3, 2, LocalDate.of(2027, 4, 22), 7);
    }

    public Limit limitFor(OrderKind kind, @Nullable String provisionalNo) {
        return switch (kind) {
            case EMERGENCY_MEASURE -> new Limit(Period.days(emergencyMaxDays), 0);
            case PROTECTION_ORDER -> new Limit(Period.months(protectionMonths), protectionExtensions);
            case PROVISIONAL_MEASURE ->
                switch (provisionalNo == null ? "" : provisionalNo) {
                    case "1" -> new Limit(Period.UNLIMITED, 0);
                    case "2", "3", "3-2" -> new Limit(Period.months(provisionalMonths), provisionalExtensions);
                    case "4" -> new Limit(Period.months(detentionMonths), 0);
                    default -> throw new OrderRejected("provisionalNo", "must be 1, 2, 3, 3-2 or 4");
                };
        };
    }
}
