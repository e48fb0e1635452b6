package org.ansim.risk.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseSummary;
import org.ansim.cases.CaseTab;
import org.ansim.cases.CaseVisibility;
import org.ansim.risk.RiskLevel;
import org.ansim.risk.internal.Answer;
import org.ansim.risk.internal.AssessRisk;
import org.ansim.risk.internal.Questionnaire;
import org.ansim.risk.internal.RiskAssessment;
import org.ansim.risk.internal.RiskHistory;
import org.ansim.risk.internal.RiskRuleViolated;
import org.ansim.risk.internal.ScreeningInvalid;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The risk tab of a case: the screening form (the stalking sub-screen shown once a trigger is answered yes), the level
 * with the police's beside it, the history and its trend.
 */
@Controller
@PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD', 'PROFILER')")
class RiskPagesController {

    private final CaseVisibility visibility;
    private final RiskHistory history;
    private final AssessRisk assess;
    private final AuditLog audit;

    RiskPagesController(CaseVisibility visibility, RiskHistory history, AssessRisk assess, AuditLog audit) {
        this.visibility = visibility;
        this.history = history;
        this.assess = assess;
        this.audit = audit;
    }

    @Bean
    static CaseTab.Contributor riskTabs() {
        return () -> List.of(
                new CaseTab("risk", "risk.tab", 30, Set.of("CASE_MANAGER", "UNIT_LEAD", "PROFILER")),
                new CaseTab("stalker-profile", "risk.profile.tab", 32, Set.of("PROFILER", "UNIT_LEAD")));
    }

    @GetMapping("/cases/{caseNumber}/risk")
    String page(@PathVariable String caseNumber, Authentication authentication, Model model) {
        var found = visibility.requireVisible(caseNumber, authentication);
        audit.record(
                AuditAction.VIEW,
                AuditSubject.of("risk-assessment", found.number().value()));
        var all = history.of(found.id());
        model.addAttribute("caseNumber", found.number().value());
        model.addAttribute("policeRiskLevel", found.policeRiskLevel());
        model.addAttribute("assessments", all);
        model.addAttribute("latest", all.isEmpty() ? null : all.getFirst());
        model.addAttribute("questionnaire", Questionnaire.CURRENT);
        model.addAttribute("answerChoices", Answer.values());
        model.addAttribute("levels", RiskLevel.values());
        model.addAttribute("bands", assess.bandsTodayForPage());
        model.addAttribute(
                "mayScreen",
                authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_CASE_MANAGER")
                                || a.getAuthority().equals("ROLE_UNIT_LEAD")));
        model.addAttribute(
                "trendPoints",
                all.reversed().stream()
                        .map(a -> a.assessedAt()
                                        .atZone(org.ansim.settings.PolicySettings.ZONE)
                                        .toLocalDate()
                                + "|" + a.yesCount() + "|" + a.level().name())
                        .collect(java.util.stream.Collectors.joining(";")));
        return "risk/case-risk";
    }

    @PostMapping("/cases/{caseNumber}/risk")
    @PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
    String screen(
            @PathVariable String caseNumber,
            @RequestParam Map<String, String> form,
            Authentication authentication,
            RedirectAttributes redirect) {
        var found = visibility.requireVisible(caseNumber, authentication);
        var answers = answers(Questionnaire.CURRENT.items(), form);
        var subScreen = answers(Questionnaire.CURRENT.subScreenItems(), form);
        if (answers == null) {
            return refused(found, redirect, "risk.invalid.answers");
        }
        var offered = Questionnaire.CURRENT.offersSubScreen(answers);
        RiskLevel judgement = null;
        var judged = form.get("judgement");
        if (judged != null && !judged.isBlank()) {
            try {
                judgement = RiskLevel.valueOf(judged.strip());
            } catch (IllegalArgumentException unknown) {
                return refused(found, redirect, "risk.invalid.answers");
            }
        }
        try {
            RiskAssessment saved = assess.execute(
                    found,
                    new AssessRisk.Screening(answers, offered ? subScreen : null, judgement, form.get("reason")),
                    authentication.getName());
            redirect.addFlashAttribute("done", saved.level().name());
        } catch (RiskRuleViolated refused) {
            return refused(found, redirect, refused.reasonKey());
        } catch (ScreeningInvalid invalid) {
            return refused(found, redirect, "risk.invalid.answers");
        }
        return back(found);
    }

    @ExceptionHandler(ResponseStatusException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    /** The answers to {@code items} from the form, or {@code null} when one is missing or unknown. */
    private static @Nullable Map<String, Answer> answers(List<String> items, Map<String, String> form) {
        var answers = new HashMap<String, Answer>();
        for (var code : items) {
            var value = form.get(code);
            if (value == null) {
                return null;
            }
            try {
                answers.put(code, Answer.valueOf(value.strip()));
            } catch (IllegalArgumentException unknown) {
                return null;
            }
        }
        return answers;
    }

    private static String refused(CaseSummary found, RedirectAttributes redirect, String reasonKey) {
        redirect.addFlashAttribute("refused", reasonKey);
        return back(found);
    }

    private static String back(CaseSummary found) {
        return "redirect:/cases/" + found.number().value() + "/risk";
    }
}
