package org.ansim.services.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseTab;
import org.ansim.cases.CaseVisibility;
import org.ansim.services.internal.ClaimQueries;
import org.ansim.settings.PolicySettings;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The "claims and legal steps" tab of a case: every claim with its decision (who, when, the cap in force), the
 * receipt opened with a reason, and the legal steps with their hearings — a hearing whose reminder has fired shows as
 * a warning to arrange accompaniment.
 */
@Controller
@PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
class CaseMoneyPagesController {

    private final CaseVisibility visibility;
    private final ClaimQueries queries;
    private final AuditLog audit;

    CaseMoneyPagesController(CaseVisibility visibility, ClaimQueries queries, AuditLog audit) {
        this.visibility = visibility;
        this.queries = queries;
        this.audit = audit;
    }

    @Bean
    static CaseTab.Contributor caseMoneyTab() {
        return () -> List.of(new CaseTab("money", "services.money.tab", 31, Set.of("CASE_MANAGER", "UNIT_LEAD")));
    }

    @GetMapping("/cases/{caseNumber}/money")
    String page(@PathVariable String caseNumber, Authentication authentication, Model model) {
        var found = visibility.findVisible(caseNumber, authentication).orElseThrow(NoSuchCase::new);
        audit.record(
                AuditAction.VIEW,
                AuditSubject.of("service-claims", found.number().value()));
        var today = LocalDate.now(PolicySettings.ZONE);
        model.addAttribute("caseNumber", found.number().value());
        model.addAttribute("claims", queries.claimsOfCase(found.id().value()));
        model.addAttribute("steps", queries.legalStepsOfCase(found.id().value()));
        model.addAttribute("today", today);
        return "services/case-money";
    }

    @ExceptionHandler(NoSuchCase.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    static final class NoSuchCase extends RuntimeException {}
}
