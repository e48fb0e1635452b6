package org.ansim.settings;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An administrator scheduled a new value of a policy setting, in force from {@code validFrom} (today or later).
 *
 * @param changeId the id of the recorded value
 */
public record PolicySettingChangeScheduled(
        long changeId, String key, String value, LocalDate validFrom, String recordedBy, Instant recordedAt) {}
