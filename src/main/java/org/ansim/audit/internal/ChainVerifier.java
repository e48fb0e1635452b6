package org.ansim.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.ansim.audit.internal.BrokenLink.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks every chain of the log from its first entry to its head and finds the first broken link of each. Entries are
 * streamed in chain and sequence order from one consistent snapshot, so the walk needs constant memory and is not
 * disturbed by appends running at the same time.
 */
public class ChainVerifier {

    private static final int FETCH_SIZE = 1_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;

    public ChainVerifier(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactionManager);
        this.snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
    }

    /** Verifies every chain. */
    public Verification verify() {
        return walk(null);
    }

    /** Verifies one chain. */
    Verification verify(int chain) {
        return walk(chain);
    }

    private Verification walk(@Nullable Integer onlyChain) {
        var startedAt = Instant.now();
        return snapshot.execute(status -> {
            var heads = new TreeMap<Integer, Head>();
            var where = onlyChain == null ? "" : " WHERE chain_no = " + onlyChain.intValue();
            jdbc.sql("SELECT chain_no, last_seq, last_hash, last_entry_id FROM audit_chain" + where)
                    .query(Head.class)
                    .list()
                    .forEach(head -> heads.put(head.chainNo(), head));
            var walk = new Walk(heads);
            jdbc.sql("SELECT * FROM audit_entry" + where + " ORDER BY chain_no, seq")
                    .withFetchSize(FETCH_SIZE)
                    .query((RowCallbackHandler) rs -> walk.next(entry(rs)));
            return walk.finish(startedAt);
        });
    }

    static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getInt("chain_no"),
                rs.getLong("seq"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor_name"),
                rs.getString("actor_kind"),
                rs.getString("organisation"),
                rs.getString("source_address"),
                rs.getString("action"),
                rs.getString("subject_type"),
                rs.getString("subject_id"),
                rs.getString("reason"),
                rs.getBytes("prev_hash"),
                rs.getBytes("hash"));
    }

    record Head(
            int chainNo,
            long lastSeq,
            byte[] lastHash,
            @Nullable Long lastEntryId) {}

    /** The state of one walk: the chain being read, what its next entry must look like, and what was found. */
    private static final class Walk {

        private final TreeMap<Integer, Head> heads;
        private final TreeMap<Integer, BrokenLink> broken = new TreeMap<>();
        private final List<Integer> walked = new ArrayList<>();
        private long entries;

        private int chain = -1;
        private boolean inChain;
        private boolean chainBroken;
        private long expectedSeq;
        private byte[] expectedPrev = new byte[0];

        Walk(TreeMap<Integer, Head> heads) {
            this.heads = heads;
        }

        void next(AuditEntry entry) {
            entries++;
            if (!inChain || entry.chainNo() != chain) {
                if (inChain) {
                    closeChain();
                }
                openChain(entry.chainNo());
            }
            if (chainBroken) {
                return;
            }
            if (entry.seq() > expectedSeq) {
                breakAt(expectedSeq, entry.id(), Problem.GAP);
            } else if (entry.seq() < expectedSeq) {
                breakAt(entry.seq(), entry.id(), Problem.DISORDER);
            } else if (!Arrays.equals(entry.hash(), entry.expectedHash())) {
                breakAt(entry.seq(), entry.id(), Problem.HASH_MISMATCH);
            } else if (!Arrays.equals(entry.prevHash(), expectedPrev)) {
                breakAt(entry.seq(), entry.id(), Problem.LINK_MISMATCH);
            } else {
                expectedSeq++;
                expectedPrev = entry.hash();
            }
        }

        Verification finish(Instant startedAt) {
            if (inChain) {
                closeChain();
            }
            for (var head : heads.values()) {
                if (!walked.contains(head.chainNo())) {
                    openChain(head.chainNo());
                    closeChain();
                }
            }
            return new Verification(startedAt, walked.size(), entries, new ArrayList<>(broken.values()));
        }

        private void openChain(int chainNo) {
            chain = chainNo;
            inChain = true;
            chainBroken = false;
            expectedSeq = 1;
            expectedPrev = EntryHash.genesis(chainNo);
            walked.add(chainNo);
            if (!heads.containsKey(chainNo)) {
                breakAt(1, null, Problem.HEAD_MISSING);
            }
        }

        private void closeChain() {
            inChain = false;
            if (chainBroken) {
                return;
            }
            var head = heads.get(chain);
            long lastSeq = expectedSeq - 1;
            if (head.lastSeq() != lastSeq || !Arrays.equals(head.lastHash(), expectedPrev)) {
                breakAt(Math.min(head.lastSeq(), lastSeq) + 1, head.lastEntryId(), Problem.HEAD_MISMATCH);
            }
        }

        private void breakAt(long seq, @Nullable Long entryId, Problem problem) {
            chainBroken = true;
            broken.putIfAbsent(chain, new BrokenLink(chain, seq, entryId, problem));
        }
    }
}
