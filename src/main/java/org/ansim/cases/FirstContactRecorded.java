package org.ansim.cases;

import java.time.Instant;

/** The case manager reached the victim for the first time. */
public record FirstContactRecorded(
        CaseId caseId, CaseNumber caseNumber, String caseManager, boolean late, Instant at) {}
