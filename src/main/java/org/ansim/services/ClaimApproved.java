package org.ansim.services;

import java.time.Instant;
import java.time.LocalDate;
import org.ansim.cases.CaseId;
import org.ansim.providers.ServiceKind;

/**
 * The unit lead approved a claim that passed the per-victim cap; the values in force that day go with it.
 *
 * @param capWon the per-victim cap in force, in force from {@code capValidFrom}
 * @param budgetWon the annual budget in force, in force from {@code budgetValidFrom}
 */
public record ClaimApproved(
        ClaimId claimId,
        CaseId caseId,
        ServiceKind service,
        long amountWon,
        long capWon,
        LocalDate capValidFrom,
        long budgetWon,
        LocalDate budgetValidFrom,
        String approvedBy,
        Instant at) {}
