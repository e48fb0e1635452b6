package org.ansim.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EntryHashTests {

    private static final Instant NOW = Instant.parse("2026-11-23T01:02:03.123456Z");

    @Test
    void movingTextBetweenNeighbouringFieldsChangesTheHash() {
        assertThat(EntryHash.of(entry("ab", "c"))).isNotEqualTo(EntryHash.of(entry("a", "bc")));
    }

    @Test
    void aMissingReasonIsNotAnEmptyOne() {
        assertThat(EntryHash.of(withReason(null))).isNotEqualTo(EntryHash.of(withReason("")));
    }

    @Test
    void theSameFieldsAlwaysGiveTheSameHash() {
        assertThat(EntryHash.of(entry("a", "b"))).isEqualTo(EntryHash.of(entry("a", "b")));
    }

    @Test
    void everyChainStartsFromADifferentGenesis() {
        assertThat(EntryHash.genesis(0)).isNotEqualTo(EntryHash.genesis(1)).hasSize(32);
    }

    @Test
    void timesAreKeptToTheMicrosecondLikePostgres() {
        assertThat(EntryHash.truncate(Instant.parse("2026-11-23T01:02:03.123456789Z")))
                .isEqualTo(Instant.parse("2026-11-23T01:02:03.123456Z"));
    }

    private static AuditEntry entry(String subjectType, String subjectId) {
        return new AuditEntry(
                1,
                0,
                1,
                NOW,
                "u",
                "USER",
                null,
                null,
                "VIEW",
                subjectType,
                subjectId,
                null,
                EntryHash.genesis(0),
                new byte[0]);
    }

    private static AuditEntry withReason(String reason) {
        return new AuditEntry(
                1, 0, 1, NOW, "u", "USER", null, null, "VIEW", "case", "1", reason, EntryHash.genesis(0), new byte[0]);
    }
}
