package org.ansim.safety.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Serialises concurrent retries of one request (the same clientEventId or eventId arriving twice at once, on one
 * node or two) with a transaction-scoped advisory lock, so the second sees what the first stored.
 */
@Component
class RetryKeys {

    private final JdbcClient jdbc;

    RetryKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds until the caller's transaction ends. */
    void lock(String key) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 30))")
                .param(key)
                .query()
                .singleValue();
    }
}
