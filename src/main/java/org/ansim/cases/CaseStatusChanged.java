package org.ansim.cases;

import java.time.Instant;

/** A case moved from one status to another. */
public record CaseStatusChanged(CaseId caseId, CaseNumber caseNumber, CaseStatus from, CaseStatus to, Instant at) {}
