package org.ansim.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.ansim.audit.internal.BrokenLink.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An attacker with database access changes the log; the verifier must find the first broken link. Each test works on
 * chains of its own (numbered far above the configured ones) and removes them afterwards, so the rest of the log
 * stays intact for other tests.
 */
@SpringBootTest
class AuditTamperTests {

    private static final AtomicInteger NEXT_CHAIN = new AtomicInteger(100_000);
    private static final HexFormat HEX = HexFormat.of();

    @Autowired
    AuditChains chains;

    @Autowired
    ChainVerifier verifier;

    @Autowired
    AuditVerifyCommand command;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    Attacker attacker;
    int chain;
    List<AuditEntry> entries;

    @BeforeEach
    void fiveEntriesOnAChainOfTheirOwn() {
        attacker = new Attacker(dataSource);
        chain = NEXT_CHAIN.getAndAdd(10);
        entries = new ArrayList<>();
        entries.add(chains.appendTo(chain, AuditRecords.aCaseViewed()));
        entries.add(chains.appendTo(chain, AuditRecords.anAddressRevealed()));
        entries.add(chains.appendTo(chain, AuditRecords.anAddressRevealed()));
        entries.add(chains.appendTo(chain, AuditRecords.aFailedSignIn()));
        entries.add(chains.appendTo(chain, AuditRecords.anAddressRevealed()));
        assertThat(verifier.verify(chain).intact()).isTrue();
    }

    @AfterEach
    void removeTheTestChains() {
        attacker.removeChains(chain, chain + 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            id             | id = id + 1000000000
            occurred_at    | occurred_at = occurred_at + interval '1 microsecond'
            actor_name     | actor_name = 'someone-else'
            actor_kind     | actor_kind = 'SYSTEM'
            organisation   | organisation = 'org-other'
            organisation   | organisation = NULL
            source_address | source_address = '203.0.113.9'
            action         | action = 'PRINT'
            subject_type   | subject_type = 'staff-user'
            subject_id     | subject_id = 'STK-2026-000001'
            reason         | reason = 'changed reason'
            reason         | reason = NULL
            prev_hash      | prev_hash = sha256('forged'::bytea)
            hash           | hash = sha256('forged'::bytea)
            """)
    void changingAnyFieldOfAnEntryBreaksItsHash(String field, String assignment) {
        var third = entries.get(2);

        attacker.tamper("UPDATE audit_entry SET " + assignment + " WHERE id = " + third.id());

        assertThat(verifier.verify(chain).firstBrokenLink())
                .isEqualTo(new BrokenLink(chain, 3, idNowAt(3), Problem.HASH_MISMATCH));
    }

    @Test
    void changingTheSequenceNumberOfAnEntryLeavesAGap() {
        attacker.tamper("UPDATE audit_entry SET seq = seq + 100 WHERE id = "
                + entries.get(2).id());

        assertThat(verifier.verify(chain).firstBrokenLink())
                .isEqualTo(new BrokenLink(chain, 3, entries.get(3).id(), Problem.GAP));
    }

    @Test
    void movingAnEntryToAnotherChainLeavesAGapAndAChainWithoutHead() {
        attacker.tamper("UPDATE audit_entry SET chain_no = " + (chain + 1) + " WHERE id = "
                + entries.get(2).id());

        var verification = verifier.verify();

        assertThat(verification.firstBrokenLink())
                .isEqualTo(new BrokenLink(chain, 3, entries.get(3).id(), Problem.GAP));
        assertThat(verification.brokenLinks()).contains(new BrokenLink(chain + 1, 1, null, Problem.HEAD_MISSING));
    }

    @Test
    void deletingAnEntryInTheMiddleLeavesAGap() {
        attacker.tamper("DELETE FROM audit_entry WHERE id = " + entries.get(2).id());

        assertThat(verifier.verify(chain).firstBrokenLink())
                .isEqualTo(new BrokenLink(chain, 3, entries.get(3).id(), Problem.GAP));
    }

    @Test
    void deletingTheFirstEntryLeavesAGapAtTheStart() {
        attacker.tamper(
                "DELETE FROM audit_entry WHERE id = " + entries.getFirst().id());

        assertThat(verifier.verify(chain).firstBrokenLink())
                .isEqualTo(new BrokenLink(chain, 1, entries.get(1).id(), Problem.GAP));
    }

    @Test
    void deletingTheLastEntryNoLongerMatchesTheHead() {
        attacker.tamper(
                "DELETE FROM audit_entry WHERE id = " + entries.getLast().id());

        assertThat(verifier.verify(chain).firstBrokenLink())
                .isEqualTo(new BrokenLink(chain, 5, entries.getLast().id(), Problem.HEAD_MISMATCH));
    }

    @Test
    void deletingTheLastEntriesNoLongerMatchesTheHead() {
        attacker.tamper("DELETE FROM audit_entry WHERE chain_no = " + chain + " AND seq >= 4");

        assertThat(verifier.verify(chain).firstBrokenLink())
                .isEqualTo(new BrokenLink(chain, 4, entries.getLast().id(), Problem.HEAD_MISMATCH));
    }

    @Test
    void deletingEveryEntryOfAChainNoLongerMatchesTheHead() {
        attacker.tamper("DELETE FROM audit_entry WHERE chain_no = " + chain);

        assertThat(verifier.verify(chain).firstBrokenLink())
                .isEqualTo(new BrokenLink(chain, 1, entries.getLast().id(), Problem.HEAD_MISMATCH));
    }

    @Test
    void swappingThePositionsOfTwoEntriesBreaksTheFirstOfThem() {
        var second = entries.get(1);
        var fourth = entries.get(3);
        attacker.tamper(
                "UPDATE audit_entry SET seq = 1000000 WHERE id = " + second.id(),
                "UPDATE audit_entry SET seq = 2 WHERE id = " + fourth.id(),
                "UPDATE audit_entry SET seq = 4 WHERE id = " + second.id());

        assertThat(verifier.verify(chain).firstBrokenLink())
                .isEqualTo(new BrokenLink(chain, 2, fourth.id(), Problem.HASH_MISMATCH));
    }

    @Test
    void swappingTheIdsOfTwoEntriesBreaksTheFirstOfThem() {
        var second = entries.get(1);
        var fourth = entries.get(3);
        attacker.tamper(
                "UPDATE audit_entry SET id = -1 WHERE id = " + second.id(),
                "UPDATE audit_entry SET id = " + second.id() + " WHERE id = " + fourth.id(),
                "UPDATE audit_entry SET id = " + fourth.id() + " WHERE id = -1");

        assertThat(verifier.verify(chain).firstBrokenLink())
                .isEqualTo(new BrokenLink(chain, 2, fourth.id(), Problem.HASH_MISMATCH));
    }

    @Test
    void rewritingAnEntryWithAFreshHashBreaksTheLinkToTheNextOne() {
        var third = entries.get(2);
        var forged = new AuditEntry(
                third.id(),
                third.chainNo(),
                third.seq(),
                third.occurredAt(),
                "someone-else",
                third.actorKind(),
                third.organisation(),
                third.sourceAddress(),
                third.action(),
                third.subjectType(),
                third.subjectId(),
                third.reason(),
                third.prevHash(),
                new byte[0]);
        attacker.tamper("UPDATE audit_entry SET actor_name = 'someone-else', hash = '\\x"
                + HEX.formatHex(EntryHash.of(forged)) + "'::bytea WHERE id = " + third.id());

        assertThat(verifier.verify(chain).firstBrokenLink())
                .isEqualTo(new BrokenLink(chain, 4, entries.get(3).id(), Problem.LINK_MISMATCH));
    }

    @Test
    void rewindingTheHeadNoLongerMatchesTheLastEntry() {
        var fourth = entries.get(3);
        attacker.tamper("UPDATE audit_chain SET last_seq = 4, last_entry_id = " + fourth.id() + ", last_hash = '\\x"
                + HEX.formatHex(fourth.hash()) + "'::bytea WHERE chain_no = " + chain);

        assertThat(verifier.verify(chain).firstBrokenLink())
                .isEqualTo(new BrokenLink(chain, 5, fourth.id(), Problem.HEAD_MISMATCH));
    }

    @Test
    void truncatingTheTailAndRewindingTheHeadTooIsOnlyFoundWithAnExternalAnchor() {
        var fourth = entries.get(3);
        attacker.tamper(
                "DELETE FROM audit_entry WHERE id = " + entries.getLast().id(),
                "UPDATE audit_chain SET last_seq = 4, last_entry_id = " + fourth.id() + ", last_hash = '\\x"
                        + HEX.formatHex(fourth.hash()) + "'::bytea WHERE chain_no = " + chain);

        // The known limit of a hash chain kept in the database it protects (ADR 0004).
        assertThat(verifier.verify(chain).intact()).isTrue();
    }

    @Test
    void theWholeLogReportsTheTamperedChainAndTheCommandLineExitsWithOne() {
        var out = new ByteArrayOutputStream();
        assertThat(command.verifyAndPrint(new PrintStream(out, true, StandardCharsets.UTF_8)))
                .as("intact before the attack: %s", out)
                .isZero();

        attacker.tamper("DELETE FROM audit_entry WHERE id = " + entries.get(2).id());

        var verification = verifier.verify();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBrokenLink())
                .isEqualTo(new BrokenLink(chain, 3, entries.get(3).id(), Problem.GAP));
        assertThat(verification.entriesChecked()).isGreaterThanOrEqualTo(4);
        out.reset();
        assertThat(command.verifyAndPrint(new PrintStream(out, true, StandardCharsets.UTF_8)))
                .isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("AUDIT LOG BROKEN")
                .contains("First broken link: chain " + chain + " seq 3 (GAP)");
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveEntries() {
        var id = entries.get(2).id();

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET reason = 'x' WHERE id = " + id)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() ->
                        jdbc.sql("DELETE FROM audit_entry WHERE id = " + id).update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_entry").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("append-only");
        assertThat(verifier.verify(chain).intact()).isTrue();
    }

    @Test
    void theDatabaseRefusesToMoveOrRemoveAHeadOutsideAnAppend() {
        var fourth = entries.get(3);

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_chain SET last_seq = 4, last_entry_id = :id, last_hash = :hash"
                                + " WHERE chain_no = :chain")
                        .param("id", fourth.id())
                        .param("hash", fourth.hash())
                        .param("chain", chain)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("may only move forward");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_chain WHERE chain_no = " + chain)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("never removed");
        assertThat(verifier.verify(chain).intact()).isTrue();
    }

    private long idNowAt(int seq) {
        return jdbc.sql("SELECT id FROM audit_entry WHERE chain_no = :chain AND seq = :seq")
                .param("chain", chain)
                .param("seq", seq)
                .query(Long.class)
                .single();
    }
}
