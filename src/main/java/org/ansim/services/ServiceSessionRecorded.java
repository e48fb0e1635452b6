package org.ansim.services;

import java.time.Instant;
import java.time.LocalDate;
import org.ansim.cases.CaseId;
import org.ansim.providers.ServiceKind;

/**
 * A provider recorded a session it delivered (its note stays sealed in this module).
 *
 * @param number the session's number among the victim's sessions of that service
 * @param limitInForce the session limit in force when it was recorded (with approved extensions), or 0 if none applies
 */
public record ServiceSessionRecorded(
        ServiceReferralId referralId,
        CaseId caseId,
        ServiceKind service,
        LocalDate heldOn,
        int minutes,
        int number,
        int limitInForce,
        String recordedBy,
        Instant at) {}
