package org.ansim.consent;

import java.time.Instant;
import java.util.Set;
import org.ansim.cases.CaseId;
import org.ansim.identity.OrganisationId;

/** The victim agreed to a purpose (for SERVICE_REFERRAL: sharing with the named organisations). */
public record ConsentGiven(
        ConsentId consentId,
        CaseId caseId,
        ConsentPurpose purpose,
        Set<OrganisationId> organisations,
        Instant obtainedAt,
        ConsentMethod method,
        String obtainedBy) {}
