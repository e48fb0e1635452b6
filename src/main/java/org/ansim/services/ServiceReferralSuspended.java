package org.ansim.services;

import java.time.Instant;
import org.ansim.cases.CaseId;
import org.ansim.identity.OrganisationId;
import org.ansim.providers.ServiceKind;

/** An open referral was suspended and the provider's access to it ended: consent withdrawn, or the victim stopped. */
public record ServiceReferralSuspended(
        ServiceReferralId referralId,
        CaseId caseId,
        ServiceKind service,
        OrganisationId organisationId,
        SuspensionCause cause,
        Instant at) {}
