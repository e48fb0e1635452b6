package org.ansim.referral.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseTab;
import org.ansim.cases.CaseVisibility;
import org.ansim.privacy.RevealRequest;
import org.ansim.privacy.SealedValues;
import org.ansim.referral.internal.PoliceReferralFile;
import org.ansim.referral.internal.ReceivePoliceReferral;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The police referral tab of a case: what the police reported (risk, guard recommendation, behaviours, measures)
 * in the open, and the victim, the offender and the incident details sealed, each revealed with a reason.
 */
@Controller
@PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD', 'PROFILER')")
class ReferralPagesController {

    private final PoliceReferralFile file;
    private final CaseVisibility visibility;
    private final SealedValues sealedValues;
    private final AuditLog audit;
    private final org.springframework.context.MessageSource messages;

    ReferralPagesController(
            PoliceReferralFile file,
            CaseVisibility visibility,
            SealedValues sealedValues,
            AuditLog audit,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.file = file;
        this.visibility = visibility;
        this.sealedValues = sealedValues;
        this.audit = audit;
    }

    @Bean
    static CaseTab.Contributor referralTab() {
        return () ->
                List.of(new CaseTab("referral", "referral.tab", 5, Set.of("CASE_MANAGER", "UNIT_LEAD", "PROFILER")));
    }

    @GetMapping("/cases/{caseNumber}/referral")
    String page(@PathVariable String caseNumber, Authentication authentication, Model model) {
        var found = visibility.requireVisible(caseNumber, authentication);
        var entry = file.findByCase(found.id());
        entry.ifPresent(e -> audit.record(AuditAction.VIEW, AuditSubject.of("police-referral", e.id())));
        model.addAttribute("caseNumber", found.number().value());
        model.addAttribute("referral", entry.orElse(null));
        return "referral/case-referral";
    }

    @PostMapping("/cases/{caseNumber}/referral/{part}/reveal")
    String reveal(
            @PathVariable String caseNumber,
            @PathVariable String part,
            @Valid RevealRequest request,
            BindingResult invalid,
            Authentication authentication,
            java.util.Locale locale,
            Model model) {
        var found = visibility.requireVisible(caseNumber, authentication);
        if (invalid.hasErrors()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        var entry = file.findByCase(found.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var reason = request.toReason();
        var text = switch (part) {
            case "victim" -> victim(sealedValues.reveal(entry.victim(), entry.where("victim"), reason));
            case "offender" ->
                entry.offender()
                        .map(value -> offender(sealedValues.reveal(value, entry.where("offender"), reason), locale))
                        .orElse("-");
            case "details" ->
                entry.details()
                        .map(value -> details(sealedValues.reveal(value, entry.where("details"), reason)))
                        .orElse("-");
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
        model.addAttribute("revealed", text);
        return "privacy/reveal :: value";
    }

    @ExceptionHandler(ResponseStatusException.class)
    String refused(ResponseStatusException refused, jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(refused.getStatusCode().value());
        return refused.getStatusCode().value() == 404 ? "error/404" : "error";
    }

    private static String victim(ReceivePoliceReferral.SealedVictim victim) {
        return joined(
                victim.name(),
                Objects.toString(victim.birthDate(), null),
                victim.phone(),
                victim.address() == null ? null : victim.address().oneLine());
    }

    private String offender(ReceivePoliceReferral.SealedOffender offender, java.util.Locale locale) {
        return joined(
                offender.name(),
                offender.birthYear() == null
                        ? null
                        : messages.getMessage("referral.offender.born", new Object[] {offender.birthYear()}, locale),
                offender.relationship() == null
                        ? null
                        : messages.getMessage("referral.relationship." + offender.relationship(), null, locale),
                offender.phone(),
                Boolean.TRUE.equals(offender.knowsVictimAddress())
                        ? messages.getMessage("referral.offender.knowsAddress", null, locale)
                        : null,
                offender.priorStalkingReports() == null
                        ? null
                        : messages.getMessage(
                                "referral.offender.priorReports",
                                new Object[] {offender.priorStalkingReports()},
                                locale));
    }

    private static String details(ReceivePoliceReferral.SealedDetails details) {
        return joined(details.incidentSummary(), details.officerName(), details.officerPhone());
    }

    private static String joined(String... parts) {
        return Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" · "));
    }

    /** A case the caller may not see does not exist for her: 404 either way, so existence does not leak. */
}
