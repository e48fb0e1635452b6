package org.ansim.intake.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.ansim.privacy.MatchKeys;
import org.ansim.settings.PolicySettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public online form takes a limited number of applications per source address and hour (a policy setting),
 * counted across all nodes in PostgreSQL. Addresses are never kept: only a keyed hash of them, for an hour.
 */
@Service
public class OnlineAdmission {

    static final String PER_HOUR = "intake.online-applications-per-hour";

    private final JdbcClient jdbc;
    private final MatchKeys keys;
    private final PolicySettings settings;
    private final Clock clock;

    OnlineAdmission(JdbcClient jdbc, MatchKeys keys, PolicySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether one more application from this address is welcome now; counts it if so. */
    @Transactional
    public boolean admit(String sourceAddress) {
        var source = keys.name("online-source " + sourceAddress).hex();
        var now = clock.instant();
        var hourAgo = Timestamp.from(now.minus(Duration.ofHours(1)));
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))")
                .param("intake-source|" + source)
                .query()
                .singleValue();
        jdbc.sql("DELETE FROM intake_online_attempt WHERE at < ?")
                .param(hourAgo)
                .update();
        var recent = jdbc.sql("SELECT count(*) FROM intake_online_attempt WHERE source_key = ? AND at >= ?")
                .params(source, hourAgo)
                .query(Long.class)
                .single();
        if (recent >= settings.numberToday(PER_HOUR)) {
            return false;
        }
        jdbc.sql("INSERT INTO intake_online_attempt (source_key, at) VALUES (?, ?)")
                .params(source, Timestamp.from(now))
                .update();
        return true;
    }
}
