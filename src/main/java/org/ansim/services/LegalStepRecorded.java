package org.ansim.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.ansim.cases.CaseId;
import org.jspecify.annotations.Nullable;

/** A legal-aid provider recorded a step in the victim's proceedings: the case type, the court, a hearing date. */
public record LegalStepRecorded(
        UUID legalStepId,
        ServiceReferralId referralId,
        CaseId caseId,
        LegalCaseType caseType,
        String court,
        @Nullable LocalDate hearingOn,
        String recordedBy,
        Instant at) {}
