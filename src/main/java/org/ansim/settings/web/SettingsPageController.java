package org.ansim.settings.web;

import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ansim.settings.PolicySettings;
import org.ansim.settings.internal.CancelSettingChange;
import org.ansim.settings.internal.CancellationRefused;
import org.ansim.settings.internal.ScheduleSettingChange;
import org.ansim.settings.internal.SettingChangeProposal;
import org.ansim.settings.internal.SettingChangeRefused;
import org.ansim.settings.internal.SettingOverview;
import org.ansim.settings.internal.SettingValueRecord;
import org.ansim.settings.internal.SettingsCatalogue;
import org.ansim.settings.internal.UnknownSetting;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's settings pages: every setting with the value in force today and the next change; one setting's
 * history and the form to schedule a change (review, then confirm). Unit leads may look; only administrators change.
 */
@Controller
@RequestMapping("/admin/settings")
@PreAuthorize("hasAnyRole('ADMIN', 'UNIT_LEAD')")
class SettingsPageController {

    private final PolicySettings settings;
    private final SettingsCatalogue catalogue;
    private final ScheduleSettingChange scheduleChange;
    private final CancelSettingChange cancelChange;

    SettingsPageController(
            PolicySettings settings,
            SettingsCatalogue catalogue,
            ScheduleSettingChange scheduleChange,
            CancelSettingChange cancelChange) {
        this.settings = settings;
        this.catalogue = catalogue;
        this.scheduleChange = scheduleChange;
        this.cancelChange = cancelChange;
    }

    @GetMapping
    String list(Model model) {
        var today = settings.today();
        Map<String, List<SettingOverview>> byModule = catalogue.overview(today).stream()
                .collect(Collectors.groupingBy(
                        setting -> setting.definition().module(), LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("today", today);
        model.addAttribute("modules", byModule);
        return "settings/list";
    }

    @GetMapping("/{key}")
    String detail(@PathVariable String key, Model model, Authentication user) {
        return detailPage(key, new ChangeForm(null, null, null), List.of(), null, List.of(), model, user);
    }

    @PostMapping("/{key}/changes")
    @PreAuthorize("hasRole('ADMIN')")
    String change(
            @PathVariable String key,
            @ModelAttribute ChangeForm form,
            @RequestParam(defaultValue = "review") String step,
            Model model,
            Authentication user,
            RedirectAttributes redirect) {
        try {
            if ("edit".equals(step)) {
                return detailPage(key, form, List.of(), null, List.of(), model, user);
            }
            if ("confirm".equals(step)) {
                var recorded = scheduleChange.execute(key, form.toProposal());
                redirect.addFlashAttribute("scheduled", recorded);
                return "redirect:/admin/settings/{key}";
            }
            var change = scheduleChange.review(key, form.toProposal());
            model.addAttribute("setting", catalogue.overview(key, settings.today()));
            model.addAttribute("change", change);
            return "settings/confirm";
        } catch (SettingChangeRefused refused) {
            return detailPage(key, form, refused.refusals(), null, List.of(), model, user);
        }
    }

    @PostMapping("/{key}/changes/{changeId}/cancellation")
    @PreAuthorize("hasRole('ADMIN')")
    String cancel(
            @PathVariable String key,
            @PathVariable long changeId,
            @RequestParam(required = false) @Nullable String reason,
            Model model,
            Authentication user,
            RedirectAttributes redirect) {
        try {
            var cancelled = cancelChange.execute(key, changeId, reason);
            redirect.addFlashAttribute("cancelled", cancelled);
            return "redirect:/admin/settings/{key}";
        } catch (SettingChangeRefused refused) {
            return detailPage(
                    key, new ChangeForm(null, null, null), List.of(), changeId, refused.refusals(), model, user);
        } catch (CancellationRefused refused) {
            return detailPage(
                    key,
                    new ChangeForm(null, null, null),
                    List.of(),
                    changeId,
                    List.of(SettingChangeRefused.Refusal.of("reason", refused.code())),
                    model,
                    user);
        }
    }

    @ExceptionHandler(UnknownSetting.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknownSetting() {
        return "settings/unknown";
    }

    private String detailPage(
            String key,
            ChangeForm form,
            List<SettingChangeRefused.Refusal> refusals,
            @Nullable Long cancelId,
            List<SettingChangeRefused.Refusal> cancelRefusals,
            Model model,
            Authentication user) {
        var today = settings.today();
        var setting = catalogue.overview(key, today);
        var inForce = setting.inForce();
        model.addAttribute("today", today);
        model.addAttribute("setting", setting);
        model.addAttribute(
                "history",
                catalogue.history(key).stream()
                        .map(record -> HistoryRow.of(record, today, inForce == null ? null : inForce.validFrom()))
                        .toList());
        model.addAttribute("form", form);
        model.addAttribute("refusals", refusals);
        model.addAttribute(
                "fieldErrors",
                refusals.stream()
                        .collect(Collectors.groupingBy(
                                SettingChangeRefused.Refusal::field, LinkedHashMap::new, Collectors.toList())));
        model.addAttribute("cancelId", cancelId);
        model.addAttribute("cancelRefusals", cancelRefusals);
        model.addAttribute("canChange", isAdmin(user));
        return "settings/detail";
    }

    private static boolean isAdmin(Authentication user) {
        return user.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    /** The schedule-a-change form as typed; kept as text so that a wrong entry is shown back as it was. */
    record ChangeForm(
            @Nullable String value,
            @Nullable String validFrom,
            @Nullable String reason) {
        SettingChangeProposal toProposal() {
            return new SettingChangeProposal(value, validFrom, reason);
        }
    }

    /** One row of a setting's history, with its state on today's date. */
    record HistoryRow(
            SettingValueRecord record,
            String state,
            ZonedDateTime recordedAt,
            @Nullable ZonedDateTime cancelledAt) {

        static HistoryRow of(
                SettingValueRecord record, java.time.LocalDate today, java.time.@Nullable LocalDate inForceFrom) {
            String state;
            if (record.cancelled()) {
                state = "CANCELLED";
            } else if (record.validFrom().isAfter(today)) {
                state = "SCHEDULED";
            } else if (record.validFrom().equals(inForceFrom)) {
                state = "IN_FORCE";
            } else {
                state = "SUPERSEDED";
            }
            return new HistoryRow(
                    record,
                    state,
                    record.recordedAt().atZone(PolicySettings.ZONE),
                    record.cancelledAt() == null ? null : record.cancelledAt().atZone(PolicySettings.ZONE));
        }

        public boolean cancellable() {
            return "SCHEDULED".equals(state);
        }
    }
}
