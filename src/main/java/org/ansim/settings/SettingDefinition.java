package org.ansim.settings;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a policy setting is.
 *
 * @param key the setting's name, e.g. {@code guards.hours-per-day}
 * @param kind what its values are
 * @param unit the unit of a number or of a list's items, e.g. {@code hours}, {@code won}
 * @param min the smallest allowed number (for a list: per item), if bounded
 * @param max the largest allowed number (for a list: per item), if bounded
 * @param module the module that applies the setting
 * @param descriptionKo what it governs, in Korean
 * @param descriptionEn what it governs, in English
 * @param source where the default comes from, e.g. {@code LAW.md}, {@code MISSION.md}
 */
public record SettingDefinition(
        String key,
        SettingKind kind,
        @Nullable String unit,
        @Nullable Long min,
        @Nullable Long max,
        String module,
        String descriptionKo,
        String descriptionEn,
        String source) {

    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionKo;
    }
}
