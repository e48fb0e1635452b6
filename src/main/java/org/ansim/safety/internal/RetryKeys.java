package org.ansim.safety.internal;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.ansim.safety.PhonePrincipal;
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

    /** What a phone's request that may be retried keeps of its first arrival. */
    interface FirstArrival {

        UUID phoneId();

        String requestHash();
    }

    /**
     * Locks the request's key, then finds its first arrival: empty for a request seen for the first time; the first
     * arrival for a true retry (same phone, same body), whose answer the caller gives again.
     *
     * @throws IdempotencyConflict when the key was used before by another phone or with another body
     */
    <T extends FirstArrival> Optional<T> firstArrival(
            String key, Supplier<Optional<T>> stored, PhonePrincipal from, String fingerprint) {
        lock(key);
        var first = stored.get();
        first.ifPresent(earlier -> {
            if (!earlier.phoneId().equals(from.deviceId())
                    || !earlier.requestHash().equals(fingerprint)) {
                throw new IdempotencyConflict();
            }
        });
        return first;
    }

    /** Holds until the caller's transaction ends. */
    void lock(String key) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 30))")
                .param(key)
                .query()
                .singleValue();
    }
}
