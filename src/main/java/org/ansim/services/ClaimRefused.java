package org.ansim.services;

import java.time.Instant;
import org.ansim.cases.CaseId;
import org.ansim.providers.ServiceKind;

/** The unit lead refused a claim that passed the per-victim cap; its amount no longer counts against the budget. */
public record ClaimRefused(
        ClaimId claimId, CaseId caseId, ServiceKind service, long amountWon, String refusedBy, Instant at) {}
