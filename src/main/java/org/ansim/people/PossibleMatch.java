package org.ansim.people;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ansim.cases.CaseRef;
import org.jspecify.annotations.Nullable;

/**
 * A "same person?" question as seen from one case: the victim of {@code otherCases} may be this case's victim.
 *
 * @param score 0–100, how many of the keyed hashes agreed
 */
public record PossibleMatch(
        PossibleMatchId id,
        PersonId person,
        PersonId existingPerson,
        List<CaseRef> otherCases,
        Set<MatchedKey> matchedKeys,
        int score,
        PossibleMatchStatus status,
        Instant foundAt,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt) {}
