package org.ansim.safety.internal;

import java.sql.Timestamp;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Destroys journey positions once the journey has ended (arrival or escalation) and its retention period (the
 * setting in force when it started, stored on the journey) is over. Runs daily as a recurring durable timer.
 */
@Service
public class PositionRetention {

    private static final Logger log = LoggerFactory.getLogger(PositionRetention.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    PositionRetention(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return how many positions were destroyed */
    @Transactional
    public int execute() {
        var destroyed = jdbc.sql("""
                        DELETE FROM safety_journey_position p USING safety_journey j
                         WHERE p.journey_id = j.id
                           AND j.ended_at IS NOT NULL
                           AND j.ended_at + make_interval(days => j.retention_days) < ?""").param(Timestamp.from(clock.instant())).update();
        if (destroyed > 0) {
            log.info("Destroyed {} journey positions past their retention", destroyed);
        }
        return destroyed;
    }
}
