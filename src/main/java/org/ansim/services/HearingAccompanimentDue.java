package org.ansim.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.ansim.cases.CaseId;

/**
 * A hearing is near (the setting {@code services.hearing-reminder-days} before it): the case manager should arrange
 * accompaniment to court if the victim wants it. Published by a durable timer, once per legal step.
 */
public record HearingAccompanimentDue(
        UUID legalStepId, CaseId caseId, LocalDate hearingOn, String court, int daysBefore, Instant at) {}
