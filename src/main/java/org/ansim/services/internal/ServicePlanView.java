package org.ansim.services.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ansim.providers.ServiceKind;
import org.ansim.services.ServiceReferralState;
import org.ansim.services.ServiceState;
import org.ansim.services.SuspensionCause;
import org.jspecify.annotations.Nullable;

/** A case's plan at a glance: each service's state with its referrals, and the counselling allowance. */
public record ServicePlanView(
        List<Line> services, CounsellingAllowance.Allowance counselling, List<Extension> extensions) {

    public record Line(
            ServiceKind service,
            ServiceState state,
            Instant stateChangedAt,
            @Nullable String stateChangedBy,
            @Nullable String victimReason,
            List<Referral> referrals) {

        /** Whether one of its referrals is still open with its first contact overdue. */
        public boolean firstContactOverdue() {
            return referrals.stream().anyMatch(Referral::firstContactOverdue);
        }

        public boolean open() {
            return referrals.stream().anyMatch(r -> r.state().open());
        }
    }

    public record Referral(
            UUID id,
            UUID organisationId,
            String organisationName,
            ServiceReferralState state,
            Instant sentAt,
            String sentBy,
            LocalDate firstContactDue,
            @Nullable Instant firstContactedAt,
            boolean firstContactOverdue,
            int sessions,
            @Nullable String declineReason,
            @Nullable SuspensionCause suspensionCause) {}

    public record Extension(
            int additionalSessions,
            String reason,
            int baseLimit,
            int limitAfter,
            String approvedBy,
            Instant approvedAt) {}
}
