package org.ansim.cases;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What any module may know of a case: no personal data, only its place in the process. */
public record CaseSummary(
        CaseId id,
        CaseNumber number,
        CaseStatus status,
        Instant statusChangedAt,
        Channel channel,
        @Nullable String district,
        @Nullable String policeRiskLevel,
        Optional<String> caseManager,
        Instant openedAt) {}
