package org.ansim.services.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.identity.StaffPrincipal;
import org.ansim.services.SessionKind;
import org.ansim.services.internal.AcceptServiceReferral;
import org.ansim.services.internal.AccessEnded;
import org.ansim.services.internal.DeclineServiceReferral;
import org.ansim.services.internal.ReadServiceReferral;
import org.ansim.services.internal.RecordProviderFirstContact;
import org.ansim.services.internal.RecordServiceSession;
import org.ansim.services.internal.ServiceQueries;
import org.ansim.services.internal.ServiceReferralNotFound;
import org.ansim.services.internal.ServiceRuleViolated;
import org.ansim.settings.PolicySettings;
import org.ansim.web.NavigationContributor;
import org.ansim.web.NavigationItem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The provider's inbox and delivery forms: the referrals addressed to her organisation, one referral with its
 * minimum data, accept or decline, first contact, sessions. A suspended referral shows only that it was suspended.
 */
@Controller
@PreAuthorize("hasRole('PROVIDER')")
class ProviderInboxPagesController {

    private final ServiceQueries queries;
    private final ReadServiceReferral reading;
    private final AcceptServiceReferral accepting;
    private final DeclineServiceReferral declining;
    private final RecordProviderFirstContact contacting;
    private final RecordServiceSession recording;
    private final AuditLog audit;

    ProviderInboxPagesController(
            ServiceQueries queries,
            ReadServiceReferral reading,
            AcceptServiceReferral accepting,
            DeclineServiceReferral declining,
            RecordProviderFirstContact contacting,
            RecordServiceSession recording,
            AuditLog audit) {
        this.queries = queries;
        this.reading = reading;
        this.accepting = accepting;
        this.declining = declining;
        this.contacting = contacting;
        this.recording = recording;
        this.audit = audit;
    }

    @Bean
    static NavigationContributor providerInboxNavigation() {
        return () -> List.of(NavigationItem.forRoles("/service-referrals", "services.inbox.nav", 30, "PROVIDER"));
    }

    /** Referrals per inbox page. */
    static final int PAGE_SIZE = 50;

    @GetMapping("/service-referrals")
    String inbox(
            @AuthenticationPrincipal StaffPrincipal staff,
            @RequestParam(required = false) @Nullable String page,
            Model model) {
        audit.record(
                AuditAction.VIEW,
                AuditSubject.of("service-referral-inbox", staff.organisationId().value()));
        var number = page == null || !page.matches("[0-9]{1,4}") ? 0 : Integer.parseInt(page);
        var lines = queries.inboxOf(
                staff.organisationId(), LocalDate.now(PolicySettings.ZONE), number * PAGE_SIZE, PAGE_SIZE + 1);
        model.addAttribute("referrals", lines.size() > PAGE_SIZE ? lines.subList(0, PAGE_SIZE) : lines);
        model.addAttribute("page", number);
        model.addAttribute("hasMore", lines.size() > PAGE_SIZE);
        model.addAttribute("organisationName", staff.organisationName());
        return "services/inbox";
    }

    @GetMapping("/service-referrals/{id}")
    String referral(@PathVariable String id, Model model) {
        var referralId = ServicePlanPagesController.uuid(id).orElseThrow(ServiceReferralNotFound::new);
        model.addAttribute("referral", reading.execute(referralId));
        model.addAttribute("sessionKinds", SessionKind.values());
        model.addAttribute("today", LocalDate.now(PolicySettings.ZONE));
        return "services/referral";
    }

    @PostMapping("/service-referrals/{id}/acceptance")
    String accept(@PathVariable String id, RedirectAttributes redirect) {
        var referralId = ServicePlanPagesController.uuid(id).orElseThrow(ServiceReferralNotFound::new);
        return act(referralId, redirect, "services.done.accepted", () -> accepting.execute(referralId));
    }

    @PostMapping("/service-referrals/{id}/decline")
    String decline(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes redirect) {
        var referralId = ServicePlanPagesController.uuid(id).orElseThrow(ServiceReferralNotFound::new);
        return act(
                referralId,
                redirect,
                "services.done.providerDeclined",
                () -> declining.execute(referralId, reason == null ? "" : reason));
    }

    @PostMapping("/service-referrals/{id}/first-contact")
    String firstContact(@PathVariable String id, RedirectAttributes redirect) {
        var referralId = ServicePlanPagesController.uuid(id).orElseThrow(ServiceReferralNotFound::new);
        return act(referralId, redirect, "services.done.contacted", () -> contacting.execute(referralId));
    }

    @PostMapping("/service-referrals/{id}/sessions")
    String session(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String date,
            @RequestParam(required = false) @Nullable String minutes,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String note,
            RedirectAttributes redirect) {
        var referralId = ServicePlanPagesController.uuid(id).orElseThrow(ServiceReferralNotFound::new);
        return act(referralId, redirect, "services.done.session", () -> {
            LocalDate heldOn;
            int length;
            try {
                heldOn = LocalDate.parse(date == null ? "" : date.strip());
                length = Integer.parseInt(minutes == null ? "" : minutes.strip());
            } catch (DateTimeParseException | NumberFormatException invalid) {
                throw new ServiceRuleViolated("invalid", "services.refused.session", "Date and minutes are needed.");
            }
            var sessionKind = Arrays.stream(SessionKind.values())
                    .filter(k -> k.name().equals(kind))
                    .findFirst()
                    .orElseThrow(() -> new ServiceRuleViolated(
                            "invalid", "services.refused.session", "Choose how the session was held."));
            recording.execute(
                    referralId,
                    new RecordServiceSession.Parameters(heldOn, length, sessionKind, note == null ? "" : note));
        });
    }

    @ExceptionHandler(ServiceReferralNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler(AccessEnded.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String accessEnded(Model model) {
        return "services/access-ended";
    }

    private static String act(UUID id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        } catch (ServiceRuleViolated refused) {
            redirect.addFlashAttribute("refused", refused.reasonKey());
        }
        return "redirect:/service-referrals/" + id;
    }
}
