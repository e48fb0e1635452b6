package org.ansim.intake;

import java.time.Instant;
import java.util.List;
import org.ansim.cases.CaseId;
import org.ansim.cases.CaseNumber;
import org.ansim.cases.Channel;
import org.ansim.privacy.MatchKey;

/**
 * A one-stop application opened its case: the services it asked for, for the service modules to pick up, and the
 * applicant named only by keyed hashes for matching — no clear personal data.
 */
public record ApplicationReceived(
        ApplicationId applicationId,
        CaseId caseId,
        CaseNumber caseNumber,
        Channel channel,
        List<ServiceKind> servicesWanted,
        Instant receivedAt,
        MatchKey applicantName,
        MatchKey applicantBirthDate,
        MatchKey applicantPhone) {}
