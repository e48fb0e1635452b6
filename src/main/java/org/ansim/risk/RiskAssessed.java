package org.ansim.risk;

import java.time.Instant;
import org.ansim.cases.CaseId;

/**
 * A case's risk was screened. {@code level} is the level in force (the counted one, or higher on the assessor's
 * judgement); the case conference puts a case on its agenda when it is high or raised on judgement.
 */
public record RiskAssessed(
        RiskAssessmentId assessmentId,
        CaseId caseId,
        RiskLevel level,
        RiskLevel countedLevel,
        boolean raisedOnJudgement,
        Instant at) {}
