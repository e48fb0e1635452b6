package org.ansim.services;

import java.time.Instant;
import org.ansim.cases.CaseId;
import org.ansim.identity.OrganisationId;
import org.ansim.providers.ServiceKind;

/** The provider accepted a referral. */
public record ServiceReferralAccepted(
        ServiceReferralId referralId,
        CaseId caseId,
        ServiceKind service,
        OrganisationId organisationId,
        String acceptedBy,
        Instant at) {}
