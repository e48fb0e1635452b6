package org.ansim.services.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.ansim.providers.ServiceKind;
import org.ansim.services.ServiceReferralState;
import org.ansim.services.SuspensionCause;
import org.jspecify.annotations.Nullable;

/**
 * One referral in a provider's inbox: no case number, no name; the alias only while the provider's access lasts. A
 * suspended referral shows that it was suspended and why, nothing else.
 */
public record InboxLine(
        UUID id,
        ServiceKind service,
        ServiceReferralState state,
        @Nullable String alias,
        Instant sentAt,
        LocalDate firstContactDue,
        @Nullable Instant firstContactedAt,
        boolean firstContactOverdue,
        int sessions,
        @Nullable Instant suspendedAt,
        @Nullable SuspensionCause suspensionCause) {}
