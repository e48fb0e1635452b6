package org.ansim.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What any module may know of a case: no personal data, only its place in the process and the first-contact deadline
 * (the end of that day, Asia/Seoul).
 */
public record CaseSummary(
        CaseId id,
        CaseNumber number,
        CaseStatus status,
        Instant statusChangedAt,
        Channel channel,
        @Nullable String district,
        @Nullable String policeRiskLevel,
        Optional<String> caseManager,
        Instant openedAt,
        LocalDate firstContactDue,
        Optional<Instant> firstContactedAt) {

    /** Whether the first contact is still to be made and its deadline has passed by {@code today}. */
    public boolean firstContactOverdue(LocalDate today) {
        return firstContactedAt.isEmpty() && today.isAfter(firstContactDue);
    }
}
