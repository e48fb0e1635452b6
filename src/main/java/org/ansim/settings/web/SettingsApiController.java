package org.ansim.settings.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ansim.settings.PolicySettings;
import org.ansim.settings.PolicyValue;
import org.ansim.settings.SettingDefinition;
import org.ansim.settings.SettingKind;
import org.ansim.settings.internal.CancelSettingChange;
import org.ansim.settings.internal.CancellationRefused;
import org.ansim.settings.internal.ScheduleSettingChange;
import org.ansim.settings.internal.SettingChangeProposal;
import org.ansim.settings.internal.SettingChangeRefused;
import org.ansim.settings.internal.SettingValueRecord;
import org.ansim.settings.internal.SettingsCatalogue;
import org.ansim.settings.internal.UnknownSetting;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The policy settings over JSON: values in force on a date, history, and (administrators) scheduled changes. */
@RestController
@RequestMapping("/api/v1/settings")
@PreAuthorize(SettingsApiController.ANY_STAFF)
class SettingsApiController {

    static final String ANY_STAFF = "hasAnyRole('ADMIN', 'UNIT_LEAD', 'CASE_MANAGER', 'PROFILER', 'HOTLINE', 'POLICE',"
            + " 'PROVIDER', 'SHELTER', 'DISPATCHER', 'GUARD', 'EDUCATOR', 'ANALYST', 'AUDITOR')";

    private final PolicySettings settings;
    private final SettingsCatalogue catalogue;
    private final ScheduleSettingChange scheduleChange;
    private final CancelSettingChange cancelChange;
    private final MessageSource messages;

    SettingsApiController(
            PolicySettings settings,
            SettingsCatalogue catalogue,
            ScheduleSettingChange scheduleChange,
            CancelSettingChange cancelChange,
            MessageSource messages) {
        this.settings = settings;
        this.catalogue = catalogue;
        this.scheduleChange = scheduleChange;
        this.cancelChange = cancelChange;
        this.messages = messages;
    }

    @GetMapping
    ValuesOn valuesOn(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on) {
        var day = on == null ? settings.today() : on;
        var values = catalogue.overview(day).stream()
                .filter(setting -> setting.inForce() != null)
                .map(setting -> SettingValue.of(setting.definition(), setting.inForce()))
                .toList();
        return new ValuesOn(day, values);
    }

    @GetMapping("/{key}")
    SettingValue valueOn(
            @PathVariable String key,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on) {
        var definition = catalogue.definition(key);
        var day = on == null ? settings.today() : on;
        var value = settings.findValueOn(key, day).orElseThrow(() -> new NoValueInForce(key, day));
        return SettingValue.of(definition, value);
    }

    @GetMapping("/{key}/history")
    History history(@PathVariable String key) {
        var definition = catalogue.definition(key);
        return new History(
                key,
                definition.kind(),
                definition.unit(),
                catalogue.history(key).stream().map(HistoryEntry::of).toList());
    }

    @PostMapping("/{key}/changes")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<HistoryEntry> scheduleChange(@PathVariable String key, @RequestBody ChangeRequest request) {
        var recorded = scheduleChange.execute(key, request.toProposal());
        return ResponseEntity.created(URI.create("/api/v1/settings/" + key + "?on=" + recorded.validFrom()))
                .body(HistoryEntry.of(recorded));
    }

    @PostMapping("/{key}/changes/{changeId}/cancellation")
    @PreAuthorize("hasRole('ADMIN')")
    HistoryEntry cancelChange(
            @PathVariable String key, @PathVariable long changeId, @RequestBody CancellationRequest request) {
        return HistoryEntry.of(cancelChange.execute(key, changeId, request.reason()));
    }

    @ExceptionHandler(UnknownSetting.class)
    ProblemDetail unknownSetting(UnknownSetting e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no setting with this key.");
    }

    @ExceptionHandler(NoValueInForce.class)
    ProblemDetail noValueInForce(NoValueInForce e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(CancellationRefused.class)
    ProblemDetail cancellationRefused(CancellationRefused e) {
        var status = switch (e.why()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case ALREADY_CANCELLED -> HttpStatus.CONFLICT;
            case ALREADY_IN_FORCE -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        var problem = ProblemDetail.forStatusAndDetail(
                status, messages.getMessage(e.code(), null, LocaleContextHolder.getLocale()));
        if (e.why() == CancellationRefused.Why.ALREADY_IN_FORCE) {
            problem.setType(java.net.URI.create("https://ansim.seoul.go.kr/problems/already-in-force"));
            problem.setTitle("Already in force");
        }
        return problem;
    }

    @ExceptionHandler(SettingChangeRefused.class)
    ProblemDetail changeRefused(SettingChangeRefused e) {
        var locale = LocaleContextHolder.getLocale();
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage("settings.error.summary", null, locale));
        problem.setProperty(
                "errors",
                e.refusals().stream()
                        .map(refusal -> new FieldError(
                                refusal.field(),
                                messages.getMessage(
                                        refusal.code(), refusal.args().toArray(), locale)))
                        .toList());
        return problem;
    }

    /** The setting exists but has no value yet on the day asked about. */
    static final class NoValueInForce extends RuntimeException {
        NoValueInForce(String key, LocalDate on) {
            super("The setting " + key + " has no value in force on " + on + ".");
        }
    }

    record FieldError(String field, String message) {}

    record ValuesOn(LocalDate on, List<SettingValue> settings) {}

    record SettingValue(
            String key,
            String value,
            LocalDate validFrom,
            SettingKind kind,
            @Nullable String unit) {
        static SettingValue of(SettingDefinition definition, PolicyValue value) {
            return new SettingValue(
                    value.key(), value.value(), value.validFrom(), definition.kind(), definition.unit());
        }
    }

    record History(String key, SettingKind kind, @Nullable String unit, List<HistoryEntry> values) {}

    record HistoryEntry(
            long id,
            String key,
            String value,
            LocalDate validFrom,
            Instant recordedAt,
            String recordedBy,
            String reason,
            boolean cancelled,
            @Nullable Instant cancelledAt,
            @Nullable String cancelledBy,
            @Nullable String cancelReason) {
        static HistoryEntry of(SettingValueRecord r) {
            return new HistoryEntry(
                    r.id(),
                    r.key(),
                    r.value(),
                    r.validFrom(),
                    r.recordedAt(),
                    r.recordedBy(),
                    r.reason(),
                    r.cancelled(),
                    r.cancelledAt(),
                    r.cancelledBy(),
                    r.cancelReason());
        }
    }

    /**
     * A new value of a setting.
     *
     * @param value the value as text (a number, {@code yyyy-MM-dd}, or a comma-separated list, by the setting's kind)
     * @param validFrom the first day it is in force, {@code yyyy-MM-dd}, today (Asia/Seoul) or later
     * @param reason why; recorded in the history and the audit log
     */
    record ChangeRequest(
            @Nullable String value,
            @Nullable String validFrom,
            @Nullable String reason) {
        SettingChangeProposal toProposal() {
            return new SettingChangeProposal(value, validFrom, reason);
        }
    }

    record CancellationRequest(@Nullable String reason) {}
}
