package org.ansim.settings;

import java.time.Instant;
import java.time.LocalDate;

/** An administrator cancelled a scheduled change of a policy setting before it came into force. */
public record PolicySettingChangeCancelled(
        long changeId, String key, String value, LocalDate validFrom, String cancelledBy, Instant cancelledAt) {}
