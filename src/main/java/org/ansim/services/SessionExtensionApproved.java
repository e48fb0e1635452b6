package org.ansim.services;

import java.time.Instant;
import org.ansim.cases.CaseId;

/**
 * The unit lead approved more counselling sessions for a victim than the setting allows.
 *
 * @param baseLimit the setting {@code counselling.sessions-per-victim} in force on the day of approval
 * @param limitAfter the victim's limit with every approved extension, this one included
 */
public record SessionExtensionApproved(
        CaseId caseId, int additionalSessions, int baseLimit, int limitAfter, String approvedBy, Instant at) {}
