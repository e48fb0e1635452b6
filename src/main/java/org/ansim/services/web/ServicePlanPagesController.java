package org.ansim.services.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseSummary;
import org.ansim.cases.CaseTab;
import org.ansim.cases.CaseVisibility;
import org.ansim.consent.ConsentPurpose;
import org.ansim.consent.Consents;
import org.ansim.identity.OrganisationId;
import org.ansim.providers.Providers;
import org.ansim.providers.ServiceKind;
import org.ansim.services.internal.AccessEnded;
import org.ansim.services.internal.AddWantedService;
import org.ansim.services.internal.ApproveSessionExtension;
import org.ansim.services.internal.CompleteService;
import org.ansim.services.internal.HomeVisitQueries;
import org.ansim.services.internal.RecordVictimsRefusal;
import org.ansim.services.internal.ScheduleHomeVisit;
import org.ansim.services.internal.SendServiceReferral;
import org.ansim.services.internal.ServiceQueries;
import org.ansim.services.internal.ServiceReferralNotFound;
import org.ansim.services.internal.ServiceRuleViolated;
import org.ansim.settings.PolicySettings;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "service plan" tab of a case: each service's state at a glance with its referrals (first contact overdue in
 * red), and the actions — add what she asks for, refer to a provider she agreed to share with, record her refusal or
 * stop, complete; the unit lead approves more counselling sessions.
 */
@Controller
@PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
class ServicePlanPagesController {

    private final CaseVisibility visibility;
    private final ServiceQueries queries;
    private final Providers providers;
    private final Consents consents;
    private final AddWantedService adding;
    private final RecordVictimsRefusal refusals;
    private final CompleteService completing;
    private final SendServiceReferral sending;
    private final ApproveSessionExtension extending;
    private final HomeVisitQueries visits;
    private final ScheduleHomeVisit scheduling;
    private final AuditLog audit;

    ServicePlanPagesController(
            CaseVisibility visibility,
            ServiceQueries queries,
            Providers providers,
            Consents consents,
            AddWantedService adding,
            RecordVictimsRefusal refusals,
            CompleteService completing,
            SendServiceReferral sending,
            ApproveSessionExtension extending,
            HomeVisitQueries visits,
            ScheduleHomeVisit scheduling,
            AuditLog audit) {
        this.visibility = visibility;
        this.queries = queries;
        this.providers = providers;
        this.consents = consents;
        this.adding = adding;
        this.refusals = refusals;
        this.completing = completing;
        this.sending = sending;
        this.extending = extending;
        this.visits = visits;
        this.scheduling = scheduling;
        this.audit = audit;
    }

    @Bean
    static CaseTab.Contributor servicePlanTab() {
        return () -> List.of(new CaseTab("services", "services.tab", 30, Set.of("CASE_MANAGER", "UNIT_LEAD")));
    }

    @GetMapping("/cases/{caseNumber}/services")
    String page(@PathVariable String caseNumber, Authentication authentication, Model model) {
        var found = visibleCase(caseNumber, authentication);
        audit.record(
                AuditAction.VIEW, AuditSubject.of("service-plan", found.number().value()));
        var plan = queries.planOf(found.id(), LocalDate.now(PolicySettings.ZONE));
        var shared = consents.of(found.id()).stream()
                .filter(c -> c.inForce() && c.purpose() == ConsentPurpose.SERVICE_REFERRAL)
                .flatMap(c -> c.organisations().stream())
                .map(OrganisationId::value)
                .collect(java.util.stream.Collectors.toSet());
        model.addAttribute("caseNumber", found.number().value());
        model.addAttribute("plan", plan);
        model.addAttribute("serviceKinds", ServiceKind.values());
        model.addAttribute(
                "providers", providers.all().stream().filter(p -> p.active()).toList());
        model.addAttribute("sharedWith", shared);
        model.addAttribute("homeVisits", visits.onPlan(plan, authentication.getName()));
        model.addAttribute("today", LocalDate.now(PolicySettings.ZONE));
        model.addAttribute(
                "mayApprove",
                authentication.getAuthorities().stream().anyMatch(a -> "ROLE_UNIT_LEAD".equals(a.getAuthority())));
        return "services/plan";
    }

    @PostMapping("/cases/{caseNumber}/services/wanted")
    String want(
            @PathVariable String caseNumber,
            @RequestParam(required = false) @Nullable String service,
            Authentication authentication,
            RedirectAttributes redirect) {
        var found = visibleCase(caseNumber, authentication);
        return act(found, redirect, "services.done.wanted", () -> adding.execute(found, kindOrRefuse(service)));
    }

    @PostMapping("/cases/{caseNumber}/services/referrals")
    String refer(
            @PathVariable String caseNumber,
            @RequestParam(required = false) @Nullable String service,
            @RequestParam(required = false) @Nullable String organisationId,
            @RequestParam(required = false) @Nullable String alias,
            @RequestParam(required = false) @Nullable String note,
            Authentication authentication,
            RedirectAttributes redirect) {
        var found = visibleCase(caseNumber, authentication);
        return act(found, redirect, "services.done.referred", () -> {
            var organisation = uuid(organisationId)
                    .map(OrganisationId::new)
                    .orElseThrow(() ->
                            new ServiceRuleViolated("invalid", "services.refused.organisation", "Choose a provider."));
            sending.execute(
                    found,
                    new SendServiceReferral.Parameters(
                            kindOrRefuse(service), organisation, note == null ? "" : note, alias));
        });
    }

    /** The case manager schedules a home-therapy visit for a therapist of the provider she referred to. */
    @PostMapping("/cases/{caseNumber}/services/referrals/{referralId}/home-visits")
    String scheduleVisit(
            @PathVariable String caseNumber,
            @PathVariable String referralId,
            @RequestParam(required = false) @Nullable String startsAt,
            @RequestParam(required = false) @Nullable String therapist,
            Authentication authentication,
            RedirectAttributes redirect) {
        var found = visibleCase(caseNumber, authentication);
        var referral = uuid(referralId).orElseThrow(NotFound::new);
        return act(found, redirect, "services.visits.done.scheduled", () -> {
            try {
                scheduling.forCase(found, referral, HomeVisitPagesController.visit(startsAt, therapist));
            } catch (AccessEnded ended) {
                throw new ServiceRuleViolated(
                        "consent-required", "services.visits.refused.accessEnded", "Consent no longer covers it.");
            } catch (ServiceReferralNotFound unknown) {
                throw new NotFound();
            }
        });
    }

    @PostMapping("/cases/{caseNumber}/services/{service}/{choice:refusal|stop}")
    String refuse(
            @PathVariable String caseNumber,
            @PathVariable String service,
            @PathVariable String choice,
            @RequestParam(required = false) @Nullable String reason,
            Authentication authentication,
            RedirectAttributes redirect) {
        var found = visibleCase(caseNumber, authentication);
        var kind = kind(service).orElseThrow(NotFound::new);
        var stop = choice.equals("stop");
        return act(
                found,
                redirect,
                stop ? "services.done.stopped" : "services.done.declined",
                () -> refusals.execute(
                        found,
                        kind,
                        stop ? RecordVictimsRefusal.Choice.STOP : RecordVictimsRefusal.Choice.DECLINE,
                        reason == null ? "" : reason));
    }

    @PostMapping("/cases/{caseNumber}/services/{service}/completion")
    String complete(
            @PathVariable String caseNumber,
            @PathVariable String service,
            Authentication authentication,
            RedirectAttributes redirect) {
        var found = visibleCase(caseNumber, authentication);
        var kind = kind(service).orElseThrow(NotFound::new);
        return act(found, redirect, "services.done.completed", () -> completing.execute(found, kind));
    }

    @PostMapping("/cases/{caseNumber}/services/extensions")
    @PreAuthorize("hasRole('UNIT_LEAD')")
    String extend(
            @PathVariable String caseNumber,
            @RequestParam(required = false) @Nullable String additionalSessions,
            @RequestParam(required = false) @Nullable String reason,
            Authentication authentication,
            RedirectAttributes redirect) {
        var found = visibleCase(caseNumber, authentication);
        return act(found, redirect, "services.done.extended", () -> {
            int additional;
            try {
                additional = additionalSessions == null ? 0 : Integer.parseInt(additionalSessions.strip());
            } catch (NumberFormatException notANumber) {
                additional = 0;
            }
            extending.execute(found, additional, reason == null ? "" : reason);
        });
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    static final class NotFound extends RuntimeException {}

    private String act(CaseSummary found, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        } catch (ServiceRuleViolated refused) {
            redirect.addFlashAttribute("refused", refused.reasonKey());
        }
        return "redirect:/cases/" + found.number().value() + "/services";
    }

    private CaseSummary visibleCase(String caseNumber, Authentication authentication) {
        return visibility.findVisible(caseNumber, authentication).orElseThrow(NotFound::new);
    }

    private static ServiceKind kindOrRefuse(@Nullable String service) {
        return kind(service)
                .orElseThrow(() -> new ServiceRuleViolated("invalid", "services.refused.service", "Choose a service."));
    }

    static Optional<ServiceKind> kind(@Nullable String service) {
        if (service == null) {
            return Optional.empty();
        }
        return Arrays.stream(ServiceKind.values())
                .filter(k -> k.name().equals(service.strip()))
                .findFirst();
    }

    static Optional<UUID> uuid(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
