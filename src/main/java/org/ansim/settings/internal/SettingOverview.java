package org.ansim.settings.internal;

import java.time.LocalDate;
import org.ansim.settings.PolicyValue;
import org.ansim.settings.SettingDefinition;
import org.jspecify.annotations.Nullable;

/**
 * A setting on a given day: its definition, the value in force and the next scheduled change, if any.
 *
 * @param on the day looked at
 */
public record SettingOverview(
        SettingDefinition definition,
        LocalDate on,
        @Nullable PolicyValue inForce,
        @Nullable PolicyValue nextChange) {}
