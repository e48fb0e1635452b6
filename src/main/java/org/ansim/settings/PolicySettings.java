package org.ansim.settings;

import java.time.LocalDate;

/**
 * The effective-dated policy values of LAW.md and MISSION.md: "the value in force on date D". Modules read a value on
 * the date their decision is made and store the {@link PolicyValue} they used with the decision.
 */
public interface PolicySettings {

    /** The value of {@code key} in force on {@code on}; unknown keys are a programming error. */
    PolicyValue valueOn(String key, LocalDate on);

    /** The value in force today (Asia/Seoul). */
    PolicyValue valueToday(String key);

    default long number(String key, LocalDate on) {
        return valueOn(key, on).asLong();
    }

    default long numberToday(String key) {
        return valueToday(key).asLong();
    }
}
