package org.ansim.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The unit lead assigned a case to a case manager, who is to contact the victim by {@code firstContactDue} (end of that
 * day, Asia/Seoul) while the case is still new.
 */
public record CaseAssigned(
        CaseId caseId,
        CaseNumber caseNumber,
        String caseManager,
        String assignedBy,
        LocalDate firstContactDue,
        Instant at) {}
