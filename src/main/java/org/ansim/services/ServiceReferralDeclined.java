package org.ansim.services;

import java.time.Instant;
import org.ansim.cases.CaseId;
import org.ansim.identity.OrganisationId;
import org.ansim.providers.ServiceKind;

/** The provider declined a referral (full, outside its district …); the service is wanted again. */
public record ServiceReferralDeclined(
        ServiceReferralId referralId,
        CaseId caseId,
        ServiceKind service,
        OrganisationId organisationId,
        String declinedBy,
        Instant at) {}
