package org.ansim.settings.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ansim.settings.SettingDefinition;
import org.ansim.settings.internal.SettingChangeRefused.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * A new value of a setting, as an administrator proposes it: the value as typed, the first day it should be in force
 * ({@code yyyy-MM-dd}) and why. {@link #accept} checks it against the setting's definition and today's date.
 */
public record SettingChangeProposal(
        @Nullable String value,
        @Nullable String validFrom,
        @Nullable String reason) {

    static final int MAX_TEXT = 500;
    static final int MAX_REASON = 1000;
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");

    /**
     * The change as it will be recorded (value normalised), when the value fits the setting's kind and range, the
     * date is today or later (the past is never rewritten) and a reason is given.
     *
     * @throws SettingChangeRefused naming every field at fault
     */
    public AcceptedChange accept(SettingDefinition definition, LocalDate today) {
        var refusals = new ArrayList<Refusal>();
        var normalised = normalise(definition, refusals);
        var from = firstDay(today, refusals);
        var why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            refusals.add(Refusal.of("reason", "settings.error.reason.required"));
        } else if (why.length() > MAX_REASON) {
            refusals.add(Refusal.of("reason", "settings.error.reason.tooLong", MAX_REASON));
        }
        if (!refusals.isEmpty() || normalised == null || from == null) {
            throw new SettingChangeRefused(refusals);
        }
        return new AcceptedChange(definition.key(), normalised, from, why);
    }

    private @Nullable LocalDate firstDay(LocalDate today, List<Refusal> refusals) {
        if (validFrom == null || validFrom.isBlank()) {
            refusals.add(Refusal.of("validFrom", "settings.error.validFrom.required"));
            return null;
        }
        LocalDate from;
        try {
            from = LocalDate.parse(validFrom.strip());
        } catch (DateTimeParseException e) {
            refusals.add(Refusal.of("validFrom", "settings.error.validFrom.format"));
            return null;
        }
        if (from.isBefore(today)) {
            refusals.add(Refusal.of("validFrom", "settings.error.validFrom.past", today.toString()));
            return null;
        }
        return from;
    }

    private @Nullable String normalise(SettingDefinition definition, List<Refusal> refusals) {
        var raw = value == null ? "" : value.strip();
        if (raw.isEmpty()) {
            refusals.add(Refusal.of("value", "settings.error.value.required"));
            return null;
        }
        return switch (definition.kind()) {
            case NUMBER -> number(raw, definition, refusals);
            case TEXT -> {
                if (raw.length() > MAX_TEXT) {
                    refusals.add(Refusal.of("value", "settings.error.value.tooLong", MAX_TEXT));
                    yield null;
                }
                yield raw;
            }
            case DATE -> {
                try {
                    yield LocalDate.parse(raw).toString();
                } catch (DateTimeParseException e) {
                    refusals.add(Refusal.of("value", "settings.error.value.date"));
                    yield null;
                }
            }
            case LIST -> list(raw, definition, refusals);
        };
    }

    private static @Nullable String number(String raw, SettingDefinition definition, List<Refusal> refusals) {
        if (!WHOLE_NUMBER.matcher(raw).matches()) {
            refusals.add(Refusal.of("value", "settings.error.value.number"));
            return null;
        }
        var number = Long.parseLong(raw);
        if (!inRange(number, definition)) {
            refusals.add(range("value", "settings.error.value.range", definition));
            return null;
        }
        return Long.toString(number);
    }

    private static @Nullable String list(String raw, SettingDefinition definition, List<Refusal> refusals) {
        var items = new ArrayList<String>();
        for (var part : raw.split(",", -1)) {
            var item = part.strip();
            if (item.isEmpty()) {
                refusals.add(Refusal.of("value", "settings.error.value.listItemEmpty"));
                return null;
            }
            if (definition.min() != null || definition.max() != null) {
                if (!WHOLE_NUMBER.matcher(item).matches()) {
                    refusals.add(Refusal.of("value", "settings.error.value.listNumbers"));
                    return null;
                }
                var number = Long.parseLong(item);
                if (!inRange(number, definition)) {
                    refusals.add(range("value", "settings.error.value.listRange", definition));
                    return null;
                }
                item = Long.toString(number);
            }
            items.add(item);
        }
        var joined = String.join(",", items);
        if (joined.length() > MAX_TEXT) {
            refusals.add(Refusal.of("value", "settings.error.value.tooLong", MAX_TEXT));
            return null;
        }
        return joined;
    }

    private static boolean inRange(long number, SettingDefinition definition) {
        return (definition.min() == null || number >= definition.min())
                && (definition.max() == null || number <= definition.max());
    }

    private static Refusal range(String field, String code, SettingDefinition definition) {
        return Refusal.of(
                field,
                code,
                definition.min() == null ? "-" : definition.min().toString(),
                definition.max() == null ? "-" : definition.max().toString());
    }

    /** A change that passed every rule, with its value normalised (e.g. {@code " 007"} → {@code "7"}). */
    public record AcceptedChange(String key, String value, LocalDate validFrom, String reason) {}
}
