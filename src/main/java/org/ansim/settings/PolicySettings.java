package org.ansim.settings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The effective-dated policy values of LAW.md and MISSION.md: "the value in force on date D". Modules read a value on
 * the date their decision is made and store the {@link PolicyValue} they used with the decision.
 *
 * <p>Reads are not cached: every node sees a change from the first moment it is in force.
 */
public interface PolicySettings {

    /** The zone in which "today" is reckoned. */
    ZoneId ZONE = ZoneId.of("Asia/Seoul");

    /**
     * The value of {@code key} in force on {@code on}; unknown keys are a programming error.
     *
     * @throws IllegalArgumentException if no setting is named {@code key}
     * @throws IllegalStateException if the setting has no value in force yet on {@code on} (a date before its first
     *     value, e.g. before the law that made it)
     */
    PolicyValue valueOn(String key, LocalDate on);

    /** The value in force today (Asia/Seoul). */
    PolicyValue valueToday(String key);

    /**
     * The value of {@code key} in force on {@code on}, or empty when the setting has no value yet on that date.
     *
     * @throws IllegalArgumentException if no setting is named {@code key}
     */
    Optional<PolicyValue> findValueOn(String key, LocalDate on);

    /** Today in Asia/Seoul, by the application's clock. */
    LocalDate today();

    /** Every setting there is, ordered by module and key. */
    List<SettingDefinition> definitions();

    /** The setting named {@code key}, if there is one. */
    Optional<SettingDefinition> findDefinition(String key);

    default long number(String key, LocalDate on) {
        return valueOn(key, on).asLong();
    }

    default long numberToday(String key) {
        return valueToday(key).asLong();
    }

    default String text(String key, LocalDate on) {
        return valueOn(key, on).value();
    }

    default LocalDate date(String key, LocalDate on) {
        return valueOn(key, on).asDate();
    }

    default List<String> list(String key, LocalDate on) {
        return valueOn(key, on).asList();
    }

    default List<Long> numbers(String key, LocalDate on) {
        return valueOn(key, on).asLongs();
    }
}
