package org.ansim.people.web;

import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.people.PossibleMatchId;
import org.ansim.people.internal.DecidePossibleMatch;
import org.ansim.people.internal.MatchAlreadyDecided;
import org.ansim.people.internal.PossibleMatchNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;

/** The people page of a case: its victim's possible matches to answer and the cases of the same offender. */
@Controller
@PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
class PeoplePagesController {

    private final CasePeopleView view;
    private final DecidePossibleMatch decide;
    private final AuditLog audit;

    PeoplePagesController(CasePeopleView view, DecidePossibleMatch decide, AuditLog audit) {
        this.view = view;
        this.decide = decide;
        this.audit = audit;
    }

    @GetMapping("/cases/{caseNumber}/people")
    String page(@PathVariable String caseNumber, Authentication authentication, Model model) {
        var found = view.visibleCase(caseNumber, authentication);
        audit.record(
                AuditAction.VIEW, AuditSubject.of("case-people", found.number().value()));
        model.addAttribute("people", view.of(found, authentication));
        return "people/case-people";
    }

    @PostMapping("/cases/{caseNumber}/possible-matches/{id}/confirmation")
    String confirm(@PathVariable String caseNumber, @PathVariable UUID id, Authentication authentication) {
        var found = view.visibleCase(caseNumber, authentication);
        decide.confirm(found.id(), new PossibleMatchId(id), authentication.getName());
        return "redirect:/cases/" + found.number().value() + "/people";
    }

    @PostMapping("/cases/{caseNumber}/possible-matches/{id}/rejection")
    String reject(@PathVariable String caseNumber, @PathVariable UUID id, Authentication authentication) {
        var found = view.visibleCase(caseNumber, authentication);
        decide.reject(found.id(), new PossibleMatchId(id), authentication.getName());
        return "redirect:/cases/" + found.number().value() + "/people";
    }

    @ExceptionHandler({PossibleMatchNotFound.class, ResponseStatusException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler(MatchAlreadyDecided.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String decided() {
        return "error/404";
    }
}
