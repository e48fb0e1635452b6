package org.ansim.services;

import java.time.Instant;
import java.util.UUID;
import org.ansim.cases.CaseId;
import org.ansim.identity.OrganisationId;

/** A home-therapy visit was scheduled for one therapist of the provider organisation. */
public record HomeVisitScheduled(
        UUID visitId,
        ServiceReferralId referralId,
        CaseId caseId,
        OrganisationId organisationId,
        Instant startsAt,
        String scheduledBy,
        Instant at) {}
