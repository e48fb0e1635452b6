package org.ansim.settings;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.ansim.settings.internal.SettingChangeProposal;

/**
 * Test data for setting changes. Every change lies on its own day far in the future, so tests sharing the one test
 * database never collide with each other nor change a value in force today for other modules' tests.
 */
public final class SettingChangeMother {

    private static final AtomicInteger NEXT_DAY = new AtomicInteger(1_000);

    private SettingChangeMother() {}

    /** A day no other change in this test run starts on, years after {@code today}. */
    public static LocalDate unusedFutureDay(LocalDate today) {
        return today.plusDays(NEXT_DAY.getAndAdd(3));
    }

    public static SettingChangeProposal proposal(String value, LocalDate validFrom) {
        return new SettingChangeProposal(value, validFrom.toString(), "Budget 2031: test change");
    }

    public static SettingChangeProposal proposal(String value, LocalDate validFrom, String reason) {
        return new SettingChangeProposal(value, validFrom.toString(), reason);
    }
}
