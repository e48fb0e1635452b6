package org.ansim.people.web;

import java.net.URI;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.people.PossibleMatchId;
import org.ansim.people.internal.DecidePossibleMatch;
import org.ansim.people.internal.MatchAlreadyDecided;
import org.ansim.people.internal.PossibleMatchNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The people of a case for the staff who may see it, and their answer to "same person?". */
@RestController
@PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
class PeopleApiController {

    private final CasePeopleView view;
    private final DecidePossibleMatch decide;
    private final AuditLog audit;

    PeopleApiController(CasePeopleView view, DecidePossibleMatch decide, AuditLog audit) {
        this.view = view;
        this.decide = decide;
        this.audit = audit;
    }

    @GetMapping("/api/v1/cases/{caseNumber}/people")
    CasePeopleView.PeopleAnswer people(@PathVariable String caseNumber, Authentication authentication) {
        var found = view.visibleCase(caseNumber, authentication);
        audit.record(
                AuditAction.VIEW, AuditSubject.of("case-people", found.number().value()));
        return view.of(found, authentication);
    }

    @PostMapping("/api/v1/cases/{caseNumber}/possible-matches/{id}/confirmation")
    CasePeopleView.MatchAnswer confirm(
            @PathVariable String caseNumber, @PathVariable UUID id, Authentication authentication) {
        var found = view.visibleCase(caseNumber, authentication);
        return view.answer(
                decide.confirm(found.id(), new PossibleMatchId(id), authentication.getName()), authentication);
    }

    @PostMapping("/api/v1/cases/{caseNumber}/possible-matches/{id}/rejection")
    CasePeopleView.MatchAnswer reject(
            @PathVariable String caseNumber, @PathVariable UUID id, Authentication authentication) {
        var found = view.visibleCase(caseNumber, authentication);
        return view.answer(
                decide.reject(found.id(), new PossibleMatchId(id), authentication.getName()), authentication);
    }

    @ExceptionHandler(PossibleMatchNotFound.class)
    ProblemDetail notFound(PossibleMatchNotFound notFound) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, notFound.getMessage());
    }

    @ExceptionHandler(MatchAlreadyDecided.class)
    ProblemDetail decided(MatchAlreadyDecided decided) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, decided.getMessage());
        problem.setType(URI.create("https://ansim.seoul.go.kr/problems/possible-match-decided"));
        problem.setTitle("Possible match already decided");
        return problem;
    }
}
