package org.ansim.audit.internal;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The striped hash chains the log is kept in. An append takes one chain's head row (the first of the configured
 * chains not locked by another append, starting from a round-robin choice), inserts the entry after it and moves the
 * head on, all in a short transaction of its own: the lock is held for milliseconds, writers on other chains never
 * wait, and the entry is kept even if the caller's own work rolls back later.
 */
public class AuditChains {

    private static final String LOCK_FREE_HEAD = """
            SELECT h.chain_no, h.last_seq, h.last_hash, nextval('audit_entry_id_seq') AS next_id
              FROM (SELECT chain_no, last_seq, last_hash
                      FROM audit_chain
                     WHERE chain_no < :chains
                     ORDER BY (chain_no + :chains - :start) % :chains
                     LIMIT 1
                       FOR UPDATE SKIP LOCKED) h
            """;
    private static final String LOCK_HEAD = """
            SELECT chain_no, last_seq, last_hash, nextval('audit_entry_id_seq') AS next_id
              FROM audit_chain
             WHERE chain_no = :chain
               FOR UPDATE
            """;
    /** Two statements sent in one round trip: the entry, then the head moved onto it. */
    private static final String INSERT_ENTRY_AND_MOVE_HEAD = """
            INSERT INTO audit_entry (id, chain_no, seq, occurred_at, actor_name, actor_kind, organisation,
                                     source_address, action, subject_type, subject_id, reason, prev_hash, hash)
            VALUES (:id, :chainNo, :seq, :occurredAt, :actorName, :actorKind, :organisation,
                    :sourceAddress, :action, :subjectType, :subjectId, :reason, :prevHash, :hash);
            UPDATE audit_chain SET last_seq = :seq, last_hash = :hash, last_entry_id = :id
             WHERE chain_no = :chainNo
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final int chains;
    private final AtomicInteger next = new AtomicInteger();

    public AuditChains(JdbcClient jdbc, PlatformTransactionManager transactionManager, int chains) {
        if (chains < 1) {
            throw new IllegalArgumentException("The log needs at least one chain");
        }
        this.jdbc = jdbc;
        this.chains = chains;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public int chains() {
        return chains;
    }

    /** Creates the heads of the configured chains that do not exist yet (idempotent, safe on many nodes). */
    public void open() {
        ownTransaction.executeWithoutResult(status -> {
            for (int chain = 0; chain < chains; chain++) {
                open(chain);
            }
        });
    }

    /** Appends one entry to whichever chain is free and returns it as stored. */
    public AuditEntry append(AuditRecord record) {
        int start = Math.floorMod(next.getAndIncrement(), chains);
        return ownTransaction.execute(status -> {
            var head = jdbc.sql(LOCK_FREE_HEAD)
                    .param("chains", chains)
                    .param("start", start)
                    .query(Head.class)
                    .optional()
                    .orElseGet(() -> lockHead(start));
            return appendAfter(head, record);
        });
    }

    /** Appends to one named chain, opening it if need be. */
    AuditEntry appendTo(int chain, AuditRecord record) {
        return ownTransaction.execute(status -> {
            open(chain);
            return appendAfter(lockHead(chain), record);
        });
    }

    private void open(int chain) {
        jdbc.sql("INSERT INTO audit_chain (chain_no, last_seq, last_hash) VALUES (:chain, 0, :genesis)"
                        + " ON CONFLICT (chain_no) DO NOTHING")
                .param("chain", chain)
                .param("genesis", EntryHash.genesis(chain))
                .update();
    }

    private Head lockHead(int chain) {
        return jdbc.sql(LOCK_HEAD)
                .param("chain", chain)
                .query(Head.class)
                .optional()
                .orElseThrow(() -> new IllegalStateException("Audit chain " + chain + " has no head"));
    }

    private AuditEntry appendAfter(Head head, AuditRecord record) {
        var unhashed = new AuditEntry(
                head.nextId(),
                head.chainNo(),
                head.lastSeq() + 1,
                EntryHash.truncate(Instant.now()),
                record.actor().name(),
                record.actor().kind().name(),
                record.actor().organisation(),
                record.sourceAddress(),
                record.action().name(),
                record.subject().type(),
                record.subject().id(),
                record.reason(),
                head.lastHash(),
                new byte[0]);
        var entry = withHash(unhashed, EntryHash.of(unhashed));
        jdbc.sql(INSERT_ENTRY_AND_MOVE_HEAD)
                .param("id", entry.id())
                .param("chainNo", entry.chainNo())
                .param("seq", entry.seq())
                .param("occurredAt", OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC))
                .param("actorName", entry.actorName())
                .param("actorKind", entry.actorKind())
                .param("organisation", entry.organisation(), Types.VARCHAR)
                .param("sourceAddress", entry.sourceAddress(), Types.VARCHAR)
                .param("action", entry.action())
                .param("subjectType", entry.subjectType())
                .param("subjectId", entry.subjectId())
                .param("reason", entry.reason(), Types.VARCHAR)
                .param("prevHash", entry.prevHash())
                .param("hash", entry.hash())
                .update();
        return entry;
    }

    private static AuditEntry withHash(AuditEntry e, byte[] hash) {
        return new AuditEntry(
                e.id(),
                e.chainNo(),
                e.seq(),
                e.occurredAt(),
                e.actorName(),
                e.actorKind(),
                e.organisation(),
                e.sourceAddress(),
                e.action(),
                e.subjectType(),
                e.subjectId(),
                e.reason(),
                e.prevHash(),
                hash);
    }

    record Head(int chainNo, long lastSeq, byte[] lastHash, long nextId) {}
}
