package org.ansim.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class AuditConcurrencyTests {

    private static final int WRITERS = 16;
    private static final int APPENDS_EACH = 150;

    @Autowired
    AuditChains chains;

    @Autowired
    ChainVerifier verifier;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sixteenWritersAppendingAtOnceLoseNothingAndEveryChainStillVerifies() throws Exception {
        long before = count();
        var ids = ConcurrentHashMap.<Long>newKeySet();
        var start = new CountDownLatch(1);
        var futures = new ArrayList<Future<?>>();
        try (var pool = Executors.newFixedThreadPool(WRITERS)) {
            for (int w = 0; w < WRITERS; w++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < APPENDS_EACH; i++) {
                        ids.add(chains.append(AuditRecords.aCaseViewed()).id());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var future : futures) {
                future.get(2, TimeUnit.MINUTES);
            }
        }

        assertThat(ids).hasSize(WRITERS * APPENDS_EACH);
        assertThat(count() - before).isEqualTo(WRITERS * APPENDS_EACH);
        var verification = verifier.verify();
        assertThat(verification.brokenLinks()).isEmpty();
        assertThat(verification.entriesChecked()).isGreaterThanOrEqualTo(WRITERS * APPENDS_EACH);
        var usedChains = jdbc.sql("SELECT count(DISTINCT chain_no) FROM audit_entry WHERE id IN (:ids)")
                .param("ids", ids)
                .query(Long.class)
                .single();
        assertThat(usedChains).as("appends spread over the chains").isGreaterThan(1);
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
    }
}
