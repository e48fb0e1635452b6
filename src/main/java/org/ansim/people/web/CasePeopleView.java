package org.ansim.people.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ansim.cases.CaseAccess;
import org.ansim.cases.CaseSummary;
import org.ansim.cases.CaseVisibility;
import org.ansim.people.LinkStrength;
import org.ansim.people.MatchedKey;
import org.ansim.people.People;
import org.ansim.people.PossibleMatch;
import org.ansim.people.PossibleMatchStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The people of one case as the caller may see them: the other cases of a possible match are named only where she may
 * see them, the rest are counted.
 */
@Component
class CasePeopleView {

    record MatchAnswer(
            UUID id,
            PossibleMatchStatus status,
            Set<MatchedKey> matchedKeys,
            int score,
            List<String> otherCaseNumbers,
            int otherCasesNotShown,
            Instant foundAt,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt) {}

    /** Another case of the same offender; its number only where the caller may see that case. */
    record LinkedAnswer(@Nullable String caseNumber, LinkStrength strength) {}

    record PeopleAnswer(
            String caseNumber,
            @Nullable UUID victimPersonId,
            List<MatchAnswer> possibleMatches,
            int linkedOffenderCases,
            int stronglyLinkedOffenderCases,
            List<LinkedAnswer> linkedCases) {}

    private final People people;
    private final CaseVisibility visibility;
    private final CaseAccess access;

    CasePeopleView(People people, CaseVisibility visibility, CaseAccess access) {
        this.people = people;
        this.visibility = visibility;
        this.access = access;
    }

    /** A case the caller may not see does not exist for her: 404 either way, so existence does not leak. */
    CaseSummary visibleCase(String caseNumber, Authentication authentication) {
        return visibility.requireVisible(caseNumber, authentication);
    }

    PeopleAnswer of(CaseSummary found, Authentication authentication) {
        var linked = people.offendersLinkedTo(found.id());
        return new PeopleAnswer(
                found.number().value(),
                people.victimOf(found.id()).map(p -> p.value()).orElse(null),
                people.possibleMatchesFor(found.id()).stream()
                        .map(match -> answer(match, authentication))
                        .toList(),
                linked.size(),
                (int) linked.stream()
                        .filter(l -> l.strength() == LinkStrength.STRONG)
                        .count(),
                linked.stream()
                        .map(l -> new LinkedAnswer(
                                access.maySee(l.caseId(), authentication)
                                        ? l.caseNumber().value()
                                        : null,
                                l.strength()))
                        .toList());
    }

    MatchAnswer answer(PossibleMatch match, Authentication authentication) {
        var visible = match.otherCases().stream()
                .filter(ref -> access.maySee(ref.id(), authentication))
                .map(ref -> ref.number().value())
                .toList();
        return new MatchAnswer(
                match.id().value(),
                match.status(),
                match.matchedKeys(),
                match.score(),
                visible,
                match.otherCases().size() - visible.size(),
                match.foundAt(),
                match.decidedBy(),
                match.decidedAt());
    }
}
