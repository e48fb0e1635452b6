package org.ansim.cases;

import java.time.Instant;

/** A case was opened. */
public record CaseOpened(CaseId caseId, CaseNumber caseNumber, Channel channel, Instant openedAt) {}
