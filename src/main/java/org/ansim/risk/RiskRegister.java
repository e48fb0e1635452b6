package org.ansim.risk;

import java.util.List;
import java.util.Optional;
import org.ansim.cases.CaseId;

/**
 * The risk module's face to other modules (the case conference). Asks no case access: a module that shows this to a
 * person asks {@code CaseAccess} first.
 */
public interface RiskRegister {

    /** The case's latest screening, if it was ever screened. */
    Optional<CaseRisk> findLatest(CaseId caseId);

    /**
     * Every case whose latest screening is high, or was raised on the assessor's judgement: the conference's agenda
     * criteria "high risk" and "professional judgement".
     */
    List<CaseRisk> highOrRaisedOnJudgement();
}
