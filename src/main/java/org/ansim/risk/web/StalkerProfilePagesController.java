package org.ansim.risk.web;

import java.util.Map;
import org.ansim.cases.CaseAccess;
import org.ansim.cases.CaseVisibility;
import org.ansim.people.People;
import org.ansim.privacy.RevealReason;
import org.ansim.risk.StalkerTypology;
import org.ansim.risk.internal.ProfileStalker;
import org.jspecify.annotations.Nullable;
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
 * The stalker-profile tab: the profiler's typology, indicators and linked victims, the sealed narrative behind a
 * reveal with a reason, and — for the profiler — the form that revises it.
 */
@Controller
@PreAuthorize("hasAnyRole('PROFILER', 'UNIT_LEAD')")
class StalkerProfilePagesController {

    private final CaseVisibility visibility;
    private final CaseAccess access;
    private final ProfileStalker profiles;
    private final People people;

    StalkerProfilePagesController(
            CaseVisibility visibility, CaseAccess access, ProfileStalker profiles, People people) {
        this.visibility = visibility;
        this.access = access;
        this.profiles = profiles;
        this.people = people;
    }

    @GetMapping("/cases/{caseNumber}/stalker-profile")
    String page(@PathVariable String caseNumber, Authentication authentication, Model model) {
        var found = visibility.requireVisible(caseNumber, authentication);
        model.addAttribute("caseNumber", found.number().value());
        model.addAttribute("profile", profiles.find(found).orElse(null));
        model.addAttribute("typologies", StalkerTypology.values());
        model.addAttribute(
                "linked",
                people.offendersLinkedTo(found.id()).stream()
                        .map(l -> Map.of(
                                "caseNumber",
                                access.maySee(l.caseId(), authentication)
                                        ? l.caseNumber().value()
                                        : "",
                                "strength",
                                l.strength().name()))
                        .toList());
        model.addAttribute(
                "mayWrite",
                authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_PROFILER")));
        return "risk/stalker-profile";
    }

    @PostMapping("/cases/{caseNumber}/stalker-profile")
    @PreAuthorize("hasRole('PROFILER')")
    String write(
            @PathVariable String caseNumber,
            @RequestParam(required = false) @Nullable String typology,
            @RequestParam(required = false) @Nullable String priorReports,
            @RequestParam(required = false) @Nullable String weapons,
            @RequestParam(required = false) @Nullable String violence,
            @RequestParam(required = false) @Nullable String history,
            @RequestParam(required = false) @Nullable String recommendations,
            Authentication authentication,
            RedirectAttributes redirect) {
        var found = visibility.requireVisible(caseNumber, authentication);
        try {
            profiles.revise(
                    found,
                    new ProfileStalker.Revision(
                            StalkerTypology.valueOf(typology == null ? "" : typology.strip()),
                            Integer.parseInt(priorReports == null ? "0" : priorReports.strip()),
                            weapons != null,
                            violence != null,
                            history == null ? "" : history,
                            recommendations == null ? "" : recommendations),
                    authentication.getName());
            redirect.addFlashAttribute("done", "risk.profile.saved");
        } catch (IllegalArgumentException invalid) {
            redirect.addFlashAttribute("refused", "risk.profile.invalid");
        }
        return "redirect:/cases/" + found.number().value() + "/stalker-profile";
    }

    @PostMapping("/cases/{caseNumber}/stalker-profile/reveal")
    String reveal(
            @PathVariable String caseNumber,
            @RequestParam(required = false) @Nullable String reason,
            Authentication authentication,
            Model model) {
        var found = visibility.requireVisible(caseNumber, authentication);
        RevealReason why;
        try {
            why = new RevealReason(reason == null ? "" : reason);
        } catch (IllegalArgumentException tooShort) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        var narrative =
                profiles.reveal(found, why).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("revealed", narrative.history() + "\n\n" + narrative.recommendations());
        return "privacy/reveal :: value";
    }

    @ExceptionHandler(ResponseStatusException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
