package org.ansim.settings;

import java.time.LocalDate;

/**
 * One value of a policy setting and the date from which it is in force.
 *
 * @param key the setting, e.g. {@code identity.lockout.attempts}
 * @param value the value as text (numbers in plain decimal)
 * @param validFrom the first day on which this value is in force
 */
public record PolicyValue(String key, String value, LocalDate validFrom) {

    public long asLong() {
        return Long.parseLong(value);
    }
}
