package org.ansim.cases.web;

import java.util.List;
import org.ansim.cases.CaseStatus;
import org.ansim.cases.internal.AddCaseNote;
import org.ansim.cases.internal.AssignCase;
import org.ansim.cases.internal.CaseNotFound;
import org.ansim.cases.internal.CaseRuleViolated;
import org.ansim.cases.internal.ChangeCaseStatus;
import org.ansim.cases.internal.RecordFirstContact;
import org.ansim.cases.internal.SearchCases;
import org.ansim.cases.internal.ViewCase;
import org.ansim.identity.CaseManagers;
import org.ansim.identity.CurrentStaff;
import org.ansim.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case list and the case page, with the unit lead's assignment and the case manager's first contact. */
@Controller
@RequestMapping("/cases")
@PreAuthorize("hasAnyRole('UNIT_LEAD', 'CASE_MANAGER', 'PROFILER')")
class CasePagesController {

    private final SearchCases searchCases;
    private final ViewCase viewCase;
    private final AssignCase assignCase;
    private final RecordFirstContact recordFirstContact;
    private final ChangeCaseStatus changeStatus;
    private final AddCaseNote addNote;
    private final CaseManagers caseManagers;

    CasePagesController(
            SearchCases searchCases,
            ViewCase viewCase,
            AssignCase assignCase,
            RecordFirstContact recordFirstContact,
            ChangeCaseStatus changeStatus,
            AddCaseNote addNote,
            CaseManagers caseManagers) {
        this.searchCases = searchCases;
        this.viewCase = viewCase;
        this.assignCase = assignCase;
        this.recordFirstContact = recordFirstContact;
        this.changeStatus = changeStatus;
        this.addNote = addNote;
        this.caseManagers = caseManagers;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('UNIT_LEAD', 'CASE_MANAGER')")
    String list(
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String manager,
            @RequestParam(required = false) @Nullable String district,
            @RequestParam(required = false) @Nullable String risk,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String page,
            Model model) {
        var filter = CaseFilters.parse(status, manager, district, risk, q, page).orElseThrow(() -> new BadFilter());
        model.addAttribute("filter", filter);
        model.addAttribute("cases", searchCases.execute(filter));
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("risks", List.of("LOW", "MEDIUM", "HIGH"));
        model.addAttribute("districts", searchCases.districts());
        model.addAttribute("seesAll", isUnitLead());
        addCaseManagers(model);
        return "cases/list";
    }

    @GetMapping("/{caseNumber}")
    String detail(@PathVariable String caseNumber, Model model) {
        var shown = viewCase.withTimeline(caseNumber);
        model.addAttribute("case", shown.row());
        model.addAttribute("timeline", shown.timeline());
        model.addAttribute("isUnitLead", isUnitLead());
        model.addAttribute(
                "isCaseManager",
                CurrentStaff.find()
                        .map(staff -> staff.role() == Role.CASE_MANAGER)
                        .orElse(false));
        addCaseManagers(model);
        model.addAttribute("moves", shown.row().summary().status() == CaseStatus.NEW ? List.of() : movesFrom(shown));
        return "cases/detail";
    }

    private void addCaseManagers(Model model) {
        model.addAttribute("caseManagers", caseManagers.all());
        model.addAttribute("managerNames", caseManagers.displayNames());
    }

    @PostMapping("/{caseNumber}/assignment")
    @PreAuthorize("hasRole('UNIT_LEAD')")
    String assign(
            @PathVariable String caseNumber,
            @RequestParam(required = false) @Nullable String caseManager,
            RedirectAttributes redirect) {
        return act(caseNumber, redirect, "cases.done.assigned", () -> assignCase.execute(caseNumber, caseManager));
    }

    @PostMapping("/{caseNumber}/contact")
    @PreAuthorize("hasRole('CASE_MANAGER')")
    String contact(@PathVariable String caseNumber, RedirectAttributes redirect) {
        return act(caseNumber, redirect, "cases.done.contacted", () -> recordFirstContact.execute(caseNumber));
    }

    @PostMapping("/{caseNumber}/status")
    @PreAuthorize("hasAnyRole('UNIT_LEAD', 'CASE_MANAGER')")
    String status(
            @PathVariable String caseNumber,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes redirect) {
        var target = CaseFilters.status(to).orElseThrow(BadFilter::new);
        return act(caseNumber, redirect, "cases.done.status", () -> changeStatus.execute(caseNumber, target, reason));
    }

    @PostMapping("/{caseNumber}/notes")
    @PreAuthorize("hasAnyRole('UNIT_LEAD', 'CASE_MANAGER')")
    String note(
            @PathVariable String caseNumber,
            @RequestParam(required = false) @Nullable String text,
            RedirectAttributes redirect) {
        return act(caseNumber, redirect, "cases.done.note", () -> addNote.execute(caseNumber, text));
    }

    private String act(String caseNumber, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        } catch (CaseRuleViolated refused) {
            redirect.addFlashAttribute("refused", refused.code());
            redirect.addFlashAttribute("refusedArgs", refused.args());
        }
        redirect.addAttribute("caseNumber", caseNumber);
        return "redirect:/cases/{caseNumber}";
    }

    private static List<CaseStatus> movesFrom(ViewCase.CaseWithTimeline shown) {
        return switch (shown.row().summary().status()) {
            case NEW -> List.of();
            case CONTACTED -> List.of(CaseStatus.ACTIVE);
            case ACTIVE -> List.of(CaseStatus.POST_MANAGEMENT);
            case POST_MANAGEMENT -> List.of(CaseStatus.CLOSED, CaseStatus.ACTIVE);
            case CLOSED -> List.of(CaseStatus.ACTIVE);
        };
    }

    private static boolean isUnitLead() {
        return CurrentStaff.find().map(staff -> staff.role() == Role.UNIT_LEAD).orElse(false);
    }

    @ExceptionHandler(CaseNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler(BadFilter.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badFilter(Model model) {
        return "cases/bad-filter";
    }

    static final class BadFilter extends RuntimeException {}
}
