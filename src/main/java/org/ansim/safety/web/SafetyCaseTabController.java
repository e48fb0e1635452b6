package org.ansim.safety.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseSummary;
import org.ansim.cases.CaseTab;
import org.ansim.cases.CaseVisibility;
import org.ansim.safety.HomeDeviceType;
import org.ansim.safety.internal.HomeDevices;
import org.ansim.safety.internal.PhoneEnrolment;
import org.ansim.safety.internal.SafetyOfCase;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The case's "safety app & devices" tab: issue a one-time enrolment code (text and QR), see and revoke the enrolled
 * phones, register the devices issued to her home.
 */
@Controller
@PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
class SafetyCaseTabController {

    private final CaseVisibility visibility;
    private final SafetyOfCase safety;
    private final PhoneEnrolment enrolment;
    private final HomeDevices devices;
    private final AuditLog audit;

    SafetyCaseTabController(
            CaseVisibility visibility,
            SafetyOfCase safety,
            PhoneEnrolment enrolment,
            HomeDevices devices,
            AuditLog audit) {
        this.visibility = visibility;
        this.safety = safety;
        this.enrolment = enrolment;
        this.devices = devices;
        this.audit = audit;
    }

    @Bean
    static CaseTab.Contributor safetyTab() {
        return () -> List.of(new CaseTab("safety", "safety.tab", 40, Set.of("CASE_MANAGER", "UNIT_LEAD")));
    }

    @GetMapping("/cases/{caseNumber}/safety")
    String page(
            @PathVariable String caseNumber,
            @RequestParam(required = false) @Nullable String done,
            @RequestParam(required = false) @Nullable String refused,
            Authentication viewer,
            Model model) {
        var found = visibility.requireVisible(caseNumber, viewer);
        show(found, model);
        model.addAttribute("done", known(done));
        model.addAttribute("refused", known(refused));
        return "safety/case-safety";
    }

    @PostMapping("/cases/{caseNumber}/safety/codes")
    String issueCode(@PathVariable String caseNumber, Authentication viewer, Model model) {
        var found = visibility.requireVisible(caseNumber, viewer);
        var issued = enrolment.issueCode(found, viewer.getName());
        var appUrl = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/app/")
                .fragment("enrol=" + issued.code())
                .build()
                .toUriString();
        show(found, model);
        model.addAttribute("code", issued.code());
        model.addAttribute("codeExpiresAt", issued.expiresAt());
        model.addAttribute("qr", QrCodes.svgDataUri(appUrl));
        model.addAttribute("appUrl", appUrl);
        return "safety/case-safety";
    }

    @PostMapping("/cases/{caseNumber}/safety/phones/{phoneId}/revocation")
    String revoke(@PathVariable String caseNumber, @PathVariable String phoneId, Authentication viewer) {
        var found = visibility.requireVisible(caseNumber, viewer);
        var id = PhoneApiController.uuid(phoneId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!enrolment.revoke(found, id, viewer.getName())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/cases/" + found.number().value() + "/safety?done=revoked";
    }

    @PostMapping("/cases/{caseNumber}/safety/devices")
    String register(
            @PathVariable String caseNumber,
            @RequestParam(required = false) @Nullable String serial,
            @RequestParam(required = false) @Nullable String type,
            Authentication viewer) {
        var found = visibility.requireVisible(caseNumber, viewer);
        var back = "redirect:/cases/" + found.number().value() + "/safety";
        var deviceType = Arrays.stream(HomeDeviceType.values())
                .filter(t -> t.name().equals(type))
                .findFirst();
        if (serial == null || serial.isBlank() || deviceType.isEmpty()) {
            return back + "?refused=invalid";
        }
        try {
            return devices.register(found, serial, deviceType.get(), viewer.getName())
                    ? back + "?done=registered"
                    : back + "?refused=taken";
        } catch (IllegalArgumentException malformed) {
            return back + "?refused=invalid";
        }
    }

    @ExceptionHandler(ResponseStatusException.class)
    String refused(ResponseStatusException refused, HttpServletResponse response) {
        response.setStatus(refused.getStatusCode().value());
        return refused.getStatusCode().value() == 404 ? "error/404" : "error";
    }

    private void show(CaseSummary found, Model model) {
        var equipment = safety.of(found.id());
        audit.record(
                AuditAction.VIEW,
                AuditSubject.of("safety-equipment", found.number().value()));
        model.addAttribute("caseNumber", found.number().value());
        model.addAttribute("phones", equipment.phones());
        model.addAttribute("devices", equipment.devices());
        model.addAttribute("deviceTypes", HomeDeviceType.values());
    }

    private static @Nullable String known(@Nullable String outcome) {
        return outcome != null
                        && Set.of("revoked", "registered", "taken", "invalid").contains(outcome)
                ? outcome
                : null;
    }
}
