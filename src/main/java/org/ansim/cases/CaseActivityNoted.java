package org.ansim.cases;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Published by any module that wants a line on a case's timeline (a risk screening done, an order granted, a service
 * referral sent). The cases module listens and writes the entry in the publisher's transaction. {@code summary} must name nothing personal.
 *
 * @param kind a short upper-case word naming what happened, e.g. {@code RISK_SCREENED}
 * @param module the publishing module, e.g. {@code risk}
 */
public record CaseActivityNoted(
        CaseId caseId,
        String module,
        String kind,
        @Nullable String summary,
        @Nullable String actor,
        Instant at) {}
