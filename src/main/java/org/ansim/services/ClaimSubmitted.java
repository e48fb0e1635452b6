package org.ansim.services;

import java.time.Instant;
import org.ansim.cases.CaseId;
import org.ansim.providers.ServiceKind;

/**
 * A provider claimed money on a referral, with a receipt (sealed in this module).
 *
 * @param state {@link ClaimState#APPROVED} within the cap in force, {@link ClaimState#PENDING_APPROVAL} past it
 */
public record ClaimSubmitted(
        ClaimId claimId,
        ServiceReferralId referralId,
        CaseId caseId,
        ServiceKind service,
        long amountWon,
        ClaimState state,
        long capWon,
        String submittedBy,
        Instant at) {}
