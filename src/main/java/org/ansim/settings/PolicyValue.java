package org.ansim.settings;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One value of a policy setting and the date from which it is in force.
 *
 * @param key the setting, e.g. {@code identity.lockout.attempts}
 * @param value the value as text (numbers in plain decimal, dates as ISO {@code yyyy-MM-dd}, lists comma-separated)
 * @param validFrom the first day on which this value is in force
 */
public record PolicyValue(String key, String value, LocalDate validFrom) {

    public long asLong() {
        return Long.parseLong(value);
    }

    public LocalDate asDate() {
        return LocalDate.parse(value);
    }

    /** The items of a {@link SettingKind#LIST} value, e.g. {@code "1,3,6"} → {@code ["1", "3", "6"]}. */
    public List<String> asList() {
        if (value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).toList();
    }

    /** The items of a list of numbers, e.g. {@code "1,3,6"} → {@code [1, 3, 6]}. */
    public List<Long> asLongs() {
        return asList().stream().map(Long::parseLong).toList();
    }
}
