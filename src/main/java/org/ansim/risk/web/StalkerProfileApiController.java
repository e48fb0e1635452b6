package org.ansim.risk.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.ansim.cases.CaseAccess;
import org.ansim.cases.CaseSummary;
import org.ansim.cases.CaseVisibility;
import org.ansim.people.LinkStrength;
import org.ansim.people.People;
import org.ansim.privacy.RevealRequest;
import org.ansim.risk.StalkerTypology;
import org.ansim.risk.internal.ProfileStalker;
import org.ansim.risk.internal.StalkerNarrative;
import org.ansim.risk.internal.StalkerProfile;
import org.ansim.settings.PolicySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The profiler's stalker profile of a case: written by the profiler, read by her and the unit lead; its narrative
 * (history, recommendations) sealed and revealed only with a reason. Never for providers, police or anyone else.
 */
@RestController
@PreAuthorize("hasAnyRole('PROFILER', 'UNIT_LEAD')")
class StalkerProfileApiController {

    record ProfileRequest(
            @NotNull StalkerTypology typology,
            @NotNull @Min(0) @Max(1000) Integer priorReports,
            @NotNull Boolean weapons,
            @NotNull Boolean violence,

            @NotNull @Size(max = StalkerNarrative.MAX_LENGTH)
            String history,

            @NotNull @Size(max = StalkerNarrative.MAX_LENGTH)
            String recommendations) {

        ProfileStalker.Revision toRevision() {
            return new ProfileStalker.Revision(typology, priorReports, weapons, violence, history, recommendations);
        }
    }

    /** Another victim's case of the same stalker; its number only where the caller may see that case. */
    record LinkedVictim(@Nullable String caseNumber, LinkStrength strength) {}

    record ProfileAnswer(
            String caseNumber,
            StalkerTypology typology,
            int priorReports,
            boolean weapons,
            boolean violence,
            boolean narrativeSealed,
            List<LinkedVictim> linkedVictims,
            String updatedBy,
            OffsetDateTime updatedAt) {}

    record NarrativeAnswer(String history, String recommendations) {}

    private final CaseVisibility visibility;
    private final CaseAccess access;
    private final ProfileStalker profiles;
    private final People people;

    StalkerProfileApiController(CaseVisibility visibility, CaseAccess access, ProfileStalker profiles, People people) {
        this.visibility = visibility;
        this.access = access;
        this.profiles = profiles;
        this.people = people;
    }

    @GetMapping("/api/v1/cases/{caseNumber}/stalker-profile")
    ProfileAnswer read(@PathVariable String caseNumber, Authentication authentication) {
        var found = visibility.requireVisible(caseNumber, authentication);
        var profile = profiles.find(found)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No profile yet"));
        return answer(found, profile, authentication);
    }

    @PutMapping("/api/v1/cases/{caseNumber}/stalker-profile")
    @PreAuthorize("hasRole('PROFILER')")
    ProfileAnswer write(
            @PathVariable String caseNumber,
            @Valid @RequestBody ProfileRequest request,
            Authentication authentication) {
        var found = visibility.requireVisible(caseNumber, authentication);
        return answer(found, profiles.revise(found, request.toRevision(), authentication.getName()), authentication);
    }

    @PostMapping("/api/v1/cases/{caseNumber}/stalker-profile/reveal")
    NarrativeAnswer reveal(
            @PathVariable String caseNumber, @Valid @RequestBody RevealRequest request, Authentication authentication) {
        var found = visibility.requireVisible(caseNumber, authentication);
        var narrative = profiles.reveal(found, request.toReason())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No profile yet"));
        return new NarrativeAnswer(narrative.history(), narrative.recommendations());
    }

    ProfileAnswer answer(CaseSummary found, StalkerProfile profile, Authentication authentication) {
        var linked = people.offendersLinkedTo(found.id()).stream()
                .map(l -> new LinkedVictim(
                        access.maySee(l.caseId(), authentication)
                                ? l.caseNumber().value()
                                : null,
                        l.strength()))
                .toList();
        return new ProfileAnswer(
                found.number().value(),
                profile.typology(),
                profile.priorReports(),
                profile.weapons(),
                profile.violence(),
                true,
                linked,
                profile.updatedBy(),
                profile.updatedAt().atZone(PolicySettings.ZONE).toOffsetDateTime());
    }

    /** A case the caller may not see does not exist for her: 404 either way, so existence does not leak. */
}
