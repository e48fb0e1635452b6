package org.ansim.orders.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How long one stretch of an order may last: some days, some months, or without a limit in law (provisional measure
 * no. 1, a written warning). An order may end at the latest on the day the period after its start falls on.
 */
public record Period(int amount, Unit unit) {

    public enum Unit {
        DAYS,
        MONTHS,
        UNLIMITED
    }

    public static final Period UNLIMITED = new Period(0, Unit.UNLIMITED);

    public static Period days(long days) {
        return new Period((int) days, Unit.DAYS);
    }

    public static Period months(long months) {
        return new Period((int) months, Unit.MONTHS);
    }

    /** The latest day an order of this period that starts (or is extended from) {@code from} may end. */
    public @Nullable LocalDate latestEnd(LocalDate from) {
        return switch (unit) {
            case DAYS -> from.plusDays(amount);
            case MONTHS -> from.plusMonths(amount);
            case UNLIMITED -> null;
        };
    }

    @Override
    public String toString() {
        return unit == Unit.UNLIMITED ? "no limit" : amount + " " + unit.name().toLowerCase(java.util.Locale.ROOT);
    }
}
