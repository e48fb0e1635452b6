package org.ansim.consent;

import java.time.Instant;
import org.ansim.cases.CaseId;

/**
 * The victim withdrew a consent: sharing for that purpose stops at once. Modules holding her data (service
 * referrals, the police status) react to it.
 */
public record ConsentWithdrawn(
        ConsentId consentId,
        CaseId caseId,
        ConsentPurpose purpose,
        Instant withdrawnAt,
        String recordedBy,
        String how) {}
