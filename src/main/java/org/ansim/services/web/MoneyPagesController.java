package org.ansim.services.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.services.LegalCaseType;
import org.ansim.services.internal.AccessEnded;
import org.ansim.services.internal.ApproveClaim;
import org.ansim.services.internal.ClaimNotFound;
import org.ansim.services.internal.ClaimQueries;
import org.ansim.services.internal.ReadReferralMoney;
import org.ansim.services.internal.ReceiptRefused;
import org.ansim.services.internal.RecordLegalStep;
import org.ansim.services.internal.RefuseClaim;
import org.ansim.services.internal.ServiceReferralNotFound;
import org.ansim.services.internal.ServiceRuleViolated;
import org.ansim.services.internal.SubmitClaim;
import org.ansim.settings.PolicySettings;
import org.ansim.web.NavigationContributor;
import org.ansim.web.NavigationItem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The money screens: the provider's claims and legal steps on a referral (forms with the receipt), the unit lead's
 * approvals (claims past a cap, cases at the counselling limit) and the budget page (chart and the same figures in a
 * table).
 */
@Controller
class MoneyPagesController {

    private final ReadReferralMoney reading;
    private final SubmitClaim submitting;
    private final RecordLegalStep recordingStep;
    private final ApproveClaim approving;
    private final RefuseClaim refusing;
    private final ClaimQueries queries;
    private final AuditLog audit;

    MoneyPagesController(
            ReadReferralMoney reading,
            SubmitClaim submitting,
            RecordLegalStep recordingStep,
            ApproveClaim approving,
            RefuseClaim refusing,
            ClaimQueries queries,
            AuditLog audit) {
        this.reading = reading;
        this.submitting = submitting;
        this.recordingStep = recordingStep;
        this.approving = approving;
        this.refusing = refusing;
        this.queries = queries;
        this.audit = audit;
    }

    @Bean
    static NavigationContributor moneyNavigation() {
        return () -> List.of(
                NavigationItem.forRoles("/approvals", "services.approvals.nav", 34, "UNIT_LEAD"),
                NavigationItem.forRoles("/budget", "services.budget.nav", 35, "UNIT_LEAD", "ADMIN"));
    }

    @GetMapping("/service-referrals/{id}/claims")
    @PreAuthorize("hasRole('PROVIDER')")
    String claims(@PathVariable String id, Model model) {
        var referralId = ServicePlanPagesController.uuid(id).orElseThrow(ServiceReferralNotFound::new);
        model.addAttribute("money", reading.execute(referralId));
        model.addAttribute("caseTypes", LegalCaseType.values());
        model.addAttribute("today", LocalDate.now(PolicySettings.ZONE));
        return "services/claims";
    }

    @PostMapping("/service-referrals/{id}/claims")
    @PreAuthorize("hasRole('PROVIDER')")
    String submit(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String amount,
            @RequestParam(required = false) @Nullable String date,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable MultipartFile receipt,
            RedirectAttributes redirect) {
        var referralId = ServicePlanPagesController.uuid(id).orElseThrow(ServiceReferralNotFound::new);
        try {
            long won;
            LocalDate on;
            try {
                won = Long.parseLong(amount == null ? "" : amount.strip().replace(",", ""));
                on = LocalDate.parse(date == null ? "" : date.strip());
            } catch (NumberFormatException | DateTimeParseException invalid) {
                throw new ServiceRuleViolated(
                        "invalid", "services.claims.refused.amount", "Amount and date are needed.");
            }
            var submitted = submitting.execute(
                    referralId,
                    new SubmitClaim.Parameters(
                            won,
                            on,
                            description == null ? "" : description,
                            receipt == null ? new byte[0] : receipt.getBytes()));
            redirect.addFlashAttribute(
                    "done",
                    submitted.state().name().equals("APPROVED")
                            ? "services.claims.done.approved"
                            : "services.claims.done.pending");
        } catch (ServiceRuleViolated refused) {
            redirect.addFlashAttribute("refused", refused.reasonKey());
        } catch (ReceiptRefused refused) {
            redirect.addFlashAttribute("refused", refused.reasonKey());
        } catch (IOException unreadable) {
            redirect.addFlashAttribute("refused", "services.claims.refused.empty");
        }
        return "redirect:/service-referrals/" + referralId + "/claims";
    }

    @PostMapping("/service-referrals/{id}/legal-steps")
    @PreAuthorize("hasRole('PROVIDER')")
    String legalStep(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String caseType,
            @RequestParam(required = false) @Nullable String court,
            @RequestParam(required = false) @Nullable String hearingOn,
            @RequestParam(required = false) @Nullable String description,
            RedirectAttributes redirect) {
        var referralId = ServicePlanPagesController.uuid(id).orElseThrow(ServiceReferralNotFound::new);
        try {
            var type = Arrays.stream(LegalCaseType.values())
                    .filter(t -> t.name().equals(caseType))
                    .findFirst()
                    .orElseThrow(() -> new ServiceRuleViolated(
                            "invalid", "services.legal.refused.caseType", "Choose the type of proceedings."));
            LocalDate hearing;
            try {
                hearing = hearingOn == null || hearingOn.isBlank() ? null : LocalDate.parse(hearingOn.strip());
            } catch (DateTimeParseException invalid) {
                throw new ServiceRuleViolated("invalid", "services.legal.refused.hearingPast", "Not a date.");
            }
            recordingStep.execute(
                    referralId, new RecordLegalStep.Parameters(type, court == null ? "" : court, hearing, description));
            redirect.addFlashAttribute("done", "services.legal.done");
        } catch (ServiceRuleViolated refused) {
            redirect.addFlashAttribute("refused", refused.reasonKey());
        }
        return "redirect:/service-referrals/" + referralId + "/claims";
    }

    @GetMapping("/approvals")
    @PreAuthorize("hasRole('UNIT_LEAD')")
    String approvals(Model model) {
        audit.record(AuditAction.VIEW, AuditSubject.of("service-claims", "pending"));
        model.addAttribute("claims", queries.pendingApprovals());
        model.addAttribute("atLimit", queries.casesAtCounsellingLimit(LocalDate.now(PolicySettings.ZONE)));
        return "services/approvals";
    }

    @PostMapping("/approvals/claims/{id}/{decision:approval|refusal}")
    @PreAuthorize("hasRole('UNIT_LEAD')")
    String decide(
            @PathVariable String id,
            @PathVariable String decision,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes redirect) {
        var claimId = ServicePlanPagesController.uuid(id).orElseThrow(ClaimNotFound::new);
        try {
            if (decision.equals("approval")) {
                approving.execute(claimId, reason);
                redirect.addFlashAttribute("done", "services.approvals.done.approved");
            } else {
                refusing.execute(claimId, reason == null ? "" : reason);
                redirect.addFlashAttribute("done", "services.approvals.done.refused");
            }
        } catch (ServiceRuleViolated refused) {
            redirect.addFlashAttribute("refused", refused.reasonKey());
        }
        return "redirect:/approvals";
    }

    @GetMapping("/budget")
    @PreAuthorize("hasAnyRole('UNIT_LEAD', 'ADMIN')")
    String budget(@RequestParam(required = false) @Nullable String year, Model model) {
        var today = LocalDate.now(PolicySettings.ZONE);
        int asked;
        try {
            asked = year == null ? today.getYear() : Integer.parseInt(year.strip());
        } catch (NumberFormatException notAYear) {
            asked = today.getYear();
        }
        if (asked < 2000 || asked > today.getYear() + 1) {
            asked = today.getYear();
        }
        audit.record(AuditAction.VIEW, AuditSubject.of("services-budget", asked));
        model.addAttribute(
                "budget", queries.budget(asked, asked == today.getYear() ? today : LocalDate.of(asked, 12, 31)));
        model.addAttribute("year", asked);
        model.addAttribute("thisYear", today.getYear());
        return "services/budget";
    }

    @ExceptionHandler({ServiceReferralNotFound.class, ClaimNotFound.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler(AccessEnded.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String accessEnded() {
        return "services/access-ended";
    }
}
