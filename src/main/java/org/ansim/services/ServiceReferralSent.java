package org.ansim.services;

import java.time.Instant;
import java.time.LocalDate;
import org.ansim.cases.CaseId;
import org.ansim.identity.OrganisationId;
import org.ansim.providers.ServiceKind;

/** A service was referred to a provider organisation the victim agreed to share with; first contact is due by then. */
public record ServiceReferralSent(
        ServiceReferralId referralId,
        CaseId caseId,
        ServiceKind service,
        OrganisationId organisationId,
        LocalDate firstContactDue,
        String sentBy,
        Instant at) {}
