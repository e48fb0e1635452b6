package org.ansim.risk;

import java.time.Instant;
import org.ansim.cases.CaseId;

/** A case's latest risk screening, as other modules may know it (no answers, no reasons). */
public record CaseRisk(CaseId caseId, RiskLevel level, boolean raisedOnJudgement, Instant assessedAt) {}
