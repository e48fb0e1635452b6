package org.ansim.services.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.ansim.identity.OrganisationStaff;
import org.ansim.identity.Role;
import org.ansim.identity.StaffPrincipal;
import org.ansim.privacy.RevealReason;
import org.ansim.services.internal.AccessEnded;
import org.ansim.services.internal.AddressWithheld;
import org.ansim.services.internal.CompleteHomeVisit;
import org.ansim.services.internal.HomeVisitQueries;
import org.ansim.services.internal.RevealHomeVisitAddress;
import org.ansim.services.internal.ScheduleHomeVisit;
import org.ansim.services.internal.ServiceReferralNotFound;
import org.ansim.services.internal.ServiceRuleViolated;
import org.ansim.settings.PolicySettings;
import org.jspecify.annotations.Nullable;
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
 * The provider's home-visit page of a home-therapy referral: its visits, scheduling one for a therapist of the
 * organisation, and — for the therapist assigned to a visit, in its window — the victim's address with a reason.
 */
@Controller
@PreAuthorize("hasRole('PROVIDER')")
class HomeVisitPagesController {

    private final HomeVisitQueries queries;
    private final ScheduleHomeVisit scheduling;
    private final RevealHomeVisitAddress revealing;
    private final CompleteHomeVisit completing;
    private final OrganisationStaff staff;

    HomeVisitPagesController(
            HomeVisitQueries queries,
            ScheduleHomeVisit scheduling,
            RevealHomeVisitAddress revealing,
            CompleteHomeVisit completing,
            OrganisationStaff staff) {
        this.queries = queries;
        this.scheduling = scheduling;
        this.revealing = revealing;
        this.completing = completing;
        this.staff = staff;
    }

    @GetMapping("/service-referrals/{id}/home-visits")
    String page(@PathVariable String id, @AuthenticationPrincipal StaffPrincipal viewer, Model model) {
        var referralId = referral(id);
        model.addAttribute("referralId", referralId);
        model.addAttribute("visits", queries.forProvider(referralId));
        model.addAttribute("therapists", staff.of(viewer.organisationId(), Role.PROVIDER));
        return "services/home-visits";
    }

    @PostMapping("/service-referrals/{id}/home-visits")
    String schedule(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String startsAt,
            @RequestParam(required = false) @Nullable String therapist,
            RedirectAttributes redirect) {
        var referralId = referral(id);
        try {
            scheduling.byProvider(referralId, visit(startsAt, therapist));
            redirect.addFlashAttribute("done", "services.visits.done.scheduled");
        } catch (ServiceRuleViolated refused) {
            redirect.addFlashAttribute("refused", refused.reasonKey());
        }
        return "redirect:/service-referrals/" + referralId + "/home-visits";
    }

    /** The address is shown on this answer only, never kept in the session or a redirect. */
    @PostMapping("/service-referrals/{id}/home-visits/{visitId}/address-reveal")
    String reveal(
            @PathVariable String id,
            @PathVariable String visitId,
            @RequestParam(required = false) @Nullable String reason,
            @AuthenticationPrincipal StaffPrincipal viewer,
            Model model) {
        var referralId = referral(id);
        var visit = ServicePlanPagesController.uuid(visitId).orElseThrow(ServiceReferralNotFound::new);
        try {
            model.addAttribute(
                    "revealed", revealing.execute(referralId, visit, new RevealReason(reason == null ? "" : reason)));
            model.addAttribute("revealedFor", visit);
        } catch (IllegalArgumentException noReason) {
            model.addAttribute("refused", "services.visits.refused.reason");
        }
        return page(id, viewer, model);
    }

    @PostMapping("/service-referrals/{id}/home-visits/{visitId}/completion")
    String complete(@PathVariable String id, @PathVariable String visitId, RedirectAttributes redirect) {
        var referralId = referral(id);
        var visit = ServicePlanPagesController.uuid(visitId).orElseThrow(ServiceReferralNotFound::new);
        try {
            completing.execute(referralId, visit);
            redirect.addFlashAttribute("done", "services.visits.done.completed");
        } catch (ServiceRuleViolated refused) {
            redirect.addFlashAttribute("refused", refused.reasonKey());
        }
        return "redirect:/service-referrals/" + referralId + "/home-visits";
    }

    /**
     * The form's visit: a local date and time in Seoul (the {@code datetime-local} field) and the therapist's username.
     *
     * @throws ServiceRuleViolated {@code invalid} when the time cannot be read
     */
    static ScheduleHomeVisit.Parameters visit(@Nullable String startsAt, @Nullable String therapist) {
        LocalDateTime when;
        try {
            when = LocalDateTime.parse(startsAt == null ? "" : startsAt.strip());
        } catch (DateTimeParseException invalid) {
            throw new ServiceRuleViolated("invalid", "services.visits.refused.when", "When does the visit start?");
        }
        return new ScheduleHomeVisit.Parameters(
                when.atZone(PolicySettings.ZONE).toInstant(), therapist == null ? "" : therapist);
    }

    private static UUID referral(String id) {
        return ServicePlanPagesController.uuid(id).orElseThrow(ServiceReferralNotFound::new);
    }

    @ExceptionHandler(ServiceReferralNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler(AccessEnded.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String accessEnded() {
        return "services/access-ended";
    }

    @ExceptionHandler(AddressWithheld.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String withheld(AddressWithheld withheld, Model model) {
        model.addAttribute("reasonKey", "services.visits.withheld." + withheld.type());
        return "services/address-withheld";
    }
}
