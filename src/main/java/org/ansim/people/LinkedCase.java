package org.ansim.people;

import org.ansim.cases.CaseId;
import org.ansim.cases.CaseNumber;

/** Another case whose offender is (strongly or weakly) the same. */
public record LinkedCase(CaseId caseId, CaseNumber caseNumber, LinkStrength strength) {}
