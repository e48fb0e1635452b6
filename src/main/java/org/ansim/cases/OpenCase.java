package org.ansim.cases;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Opens a case for an accepted application.
 *
 * @param channel how the application came in
 * @param channelReference the channel's own reference (police agency and report number, hotline call id …); a second
 *     opening with the same channel and reference answers the case already opened
 * @param receivedAt when the application was received
 * @param district the victim's sigungu, or {@code null}
 * @param policeRiskLevel {@code LOW}, {@code MEDIUM} or {@code HIGH} as the police assessed it, or {@code null}
 * @param guardRecommended whether the police recommend guards; {@code null} if not said
 * @param servicesWanted the services asked for (psychological, legal, medical …), possibly empty
 */
public record OpenCase(
        Channel channel,
        @Nullable String channelReference,
        Instant receivedAt,
        @Nullable String district,
        @Nullable String policeRiskLevel,
        @Nullable Boolean guardRecommended,
        List<String> servicesWanted) {

    public OpenCase {
        java.util.Objects.requireNonNull(channel, "channel");
        java.util.Objects.requireNonNull(receivedAt, "receivedAt");
        servicesWanted = servicesWanted == null ? List.of() : List.copyOf(servicesWanted);
        if (policeRiskLevel != null && !List.of("LOW", "MEDIUM", "HIGH").contains(policeRiskLevel)) {
            throw new IllegalArgumentException("A police risk level is LOW, MEDIUM or HIGH: " + policeRiskLevel);
        }
    }
}
