package org.ansim.cases.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ansim.cases.CaseStatus;
import org.ansim.cases.Channel;
import org.ansim.cases.internal.AssignCase;
import org.ansim.cases.internal.CaseNotFound;
import org.ansim.cases.internal.CaseRow;
import org.ansim.cases.internal.CaseRuleViolated;
import org.ansim.cases.internal.ChangeCaseStatus;
import org.ansim.cases.internal.FirstContactState;
import org.ansim.cases.internal.RecordFirstContact;
import org.ansim.cases.internal.SearchCases;
import org.ansim.cases.internal.ViewCase;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases over JSON for staff. The role rule answers 403; a case the caller may not see answers 404 like one that does
 * not exist.
 */
@RestController
@RequestMapping("/api/v1/cases")
class CasesApiController {

    static final Set<String> INPUT_ERRORS = Set.of(
            "cases.error.managerRequired",
            "cases.error.managerInvalid",
            "cases.error.reasonRequired",
            "cases.error.reasonTooLong",
            "cases.error.noteLength");

    private final ViewCase viewCase;
    private final SearchCases searchCases;
    private final AssignCase assignCase;
    private final RecordFirstContact recordFirstContact;
    private final ChangeCaseStatus changeStatus;
    private final MessageSource messages;

    CasesApiController(
            ViewCase viewCase,
            SearchCases searchCases,
            AssignCase assignCase,
            RecordFirstContact recordFirstContact,
            ChangeCaseStatus changeStatus,
            MessageSource messages) {
        this.viewCase = viewCase;
        this.searchCases = searchCases;
        this.assignCase = assignCase;
        this.recordFirstContact = recordFirstContact;
        this.changeStatus = changeStatus;
        this.messages = messages;
    }

    @GetMapping("/{caseNumber}")
    @PreAuthorize("hasAnyRole('UNIT_LEAD', 'CASE_MANAGER', 'PROFILER')")
    CaseJson get(@PathVariable String caseNumber) {
        return CaseJson.of(viewCase.summary(caseNumber));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('UNIT_LEAD', 'CASE_MANAGER')")
    CaseListJson list(
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String manager,
            @RequestParam(required = false) @Nullable String district,
            @RequestParam(required = false) @Nullable String risk,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String page) {
        var filter = CaseFilters.parse(status, manager, district, risk, q, page).orElseThrow(() -> new InvalidFilter());
        var found = searchCases.execute(filter);
        return new CaseListJson(
                found.rows().stream().map(CaseJson::of).toList(),
                found.page(),
                found.pageSize(),
                found.total(),
                found.pages());
    }

    @PostMapping("/{caseNumber}/assignment")
    @PreAuthorize("hasRole('UNIT_LEAD')")
    CaseJson assign(@PathVariable String caseNumber, @RequestBody AssignmentRequest request) {
        assignCase.execute(caseNumber, request.caseManager() == null ? "" : request.caseManager());
        return CaseJson.of(viewCase.summary(caseNumber));
    }

    @PostMapping("/{caseNumber}/contact")
    @PreAuthorize("hasRole('CASE_MANAGER')")
    CaseJson contact(@PathVariable String caseNumber) {
        recordFirstContact.execute(caseNumber);
        return CaseJson.of(viewCase.summary(caseNumber));
    }

    @PostMapping("/{caseNumber}/status")
    @PreAuthorize("hasAnyRole('UNIT_LEAD', 'CASE_MANAGER')")
    CaseJson status(@PathVariable String caseNumber, @RequestBody StatusRequest request) {
        var to = CaseFilters.status(request.to()).orElseThrow(InvalidStatus::new);
        changeStatus.execute(caseNumber, to, request.reason());
        return CaseJson.of(viewCase.summary(caseNumber));
    }

    @ExceptionHandler(CaseNotFound.class)
    ProblemDetail notFound(CaseNotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no case with this number.");
    }

    @ExceptionHandler(InvalidFilter.class)
    ProblemDetail invalidFilter(InvalidFilter e) {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "status is one of " + List.of(CaseStatus.values()) + ", risk one of LOW, MEDIUM, HIGH, page a number.");
    }

    @ExceptionHandler(InvalidStatus.class)
    ProblemDetail invalidStatus(InvalidStatus e) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "to is one of " + List.of(CaseStatus.values()) + ".");
        problem.setProperty("errors", List.of(new FieldError("to", "one of " + List.of(CaseStatus.values()))));
        return problem;
    }

    @ExceptionHandler(CaseRuleViolated.class)
    ProblemDetail refused(CaseRuleViolated e) {
        var input = INPUT_ERRORS.contains(e.code());
        var text = messages.getMessage(e.code(), e.args(), e.code(), LocaleContextHolder.getLocale());
        var problem = ProblemDetail.forStatusAndDetail(input ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT, text);
        if (!input) {
            problem.setType(java.net.URI.create("https://ansim.seoul.go.kr/problems/case-rule"));
            problem.setTitle("Refused by the case's rules");
        }
        return problem;
    }

    /**
     * Assigns the case.
     *
     * @param caseManager the username of a case manager
     */
    record AssignmentRequest(@Nullable String caseManager) {}

    /**
     * Moves the case.
     *
     * @param to the new status
     * @param reason why, 1 to 500 characters
     */
    record StatusRequest(@Nullable String to, @Nullable String reason) {}

    record FieldError(String field, String message) {}

    record CaseListJson(List<CaseJson> cases, int page, int pageSize, long total, int pages) {}

    record CaseJson(
            String id,
            String caseNumber,
            CaseStatus status,
            Instant statusChangedAt,
            Channel channel,
            @Nullable String district,
            @Nullable String policeRiskLevel,
            @Nullable String caseManager,
            Instant openedAt,
            LocalDate firstContactDue,
            FirstContactState firstContact,
            @Nullable Instant firstContactedAt,
            boolean underConference) {
        static CaseJson of(CaseRow row) {
            var s = row.summary();
            return new CaseJson(
                    s.id().toString(),
                    s.number().value(),
                    s.status(),
                    s.statusChangedAt(),
                    s.channel(),
                    s.district(),
                    s.policeRiskLevel(),
                    s.caseManager().orElse(null),
                    s.openedAt(),
                    row.firstContactDue(),
                    row.firstContact(),
                    row.firstContactedAt(),
                    row.underConference());
        }
    }

    static final class InvalidFilter extends RuntimeException {}

    static final class InvalidStatus extends RuntimeException {}
}
