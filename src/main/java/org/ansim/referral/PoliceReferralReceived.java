package org.ansim.referral;

import java.time.Instant;
import java.util.List;
import org.ansim.cases.CaseId;
import org.ansim.cases.CaseNumber;
import org.ansim.privacy.MatchKey;
import org.jspecify.annotations.Nullable;

/**
 * A police referral was accepted and its case opened. It carries no clear personal data: the victim and offender
 * are named only by keyed hashes (for matching), the rest stays sealed in the referral module. {@code lastOccurredAt} is
 * when the police say the stalking last happened (null when they did not say).
 */
public record PoliceReferralReceived(
        ReferralId referralId,
        CaseId caseId,
        CaseNumber caseNumber,
        String policeAgency,
        Instant receivedAt,
        PoliceReferral.Consent consent,
        PoliceReferral.RiskLevel policeRiskLevel,
        Boolean guardRecommended,
        List<PoliceReferral.Behaviour> behaviours,
        List<PoliceReferral.Measure> measures,
        MatchKey victimName,
        MatchKey victimBirthDate,
        MatchKey victimPhone,
        MatchKey offenderName,
        MatchKey offenderPhone,
        @Nullable Instant lastOccurredAt) {}
