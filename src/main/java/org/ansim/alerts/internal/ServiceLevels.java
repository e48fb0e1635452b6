package org.ansim.alerts.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ansim.settings.PolicySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The console's service levels, read straight from the alert table: per week (Monday, Asia/Seoul) of raising, the
 * median and 90th percentile of the seconds from raising to acknowledgement and to closing, and how many of the
 * closed alerts were false alarms. Referrals are left out: they are taken on by assignment, on another clock.
 */
@Component
public class ServiceLevels {

    private final JdbcClient jdbc;
    private final Clock clock;

    ServiceLevels(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One week's figures; percentiles are null for a week with nothing acknowledged or closed. */
    public record Week(
            LocalDate monday,
            long alerts,
            @Nullable Double acknowledgeP50,
            @Nullable Double acknowledgeP90,
            @Nullable Double closeP50,
            @Nullable Double closeP90,
            long closed,
            long falseAlarms) {

        /** The share of closed alerts that were false alarms, 0 to 1; 0 when none was closed. */
        public double falseAlarmShare() {
            return closed == 0 ? 0 : (double) falseAlarms / closed;
        }
    }

    /** The last {@code weeks} weeks that had alerts, oldest first. */
    public List<Week> findLastWeeks(int weeks) {
        Instant since = clock.instant().minus(7L * weeks, ChronoUnit.DAYS);
        return jdbc.sql("""
                        SELECT date_trunc('week', raised_at AT TIME ZONE :zone)::date AS monday,
                               count(*) AS alerts,
                               percentile_cont(0.5) WITHIN GROUP
                                   (ORDER BY extract(epoch FROM acknowledged_at - raised_at)) AS ack_p50,
                               percentile_cont(0.9) WITHIN GROUP
                                   (ORDER BY extract(epoch FROM acknowledged_at - raised_at)) AS ack_p90,
                               percentile_cont(0.5) WITHIN GROUP
                                   (ORDER BY extract(epoch FROM closed_at - raised_at)) AS close_p50,
                               percentile_cont(0.9) WITHIN GROUP
                                   (ORDER BY extract(epoch FROM closed_at - raised_at)) AS close_p90,
                               count(*) FILTER (WHERE status = 'CLOSED') AS closed,
                               count(*) FILTER (WHERE outcome = 'FALSE_ALARM') AS false_alarms
                          FROM alerts_alert
                         WHERE kind <> 'REFERRAL' AND raised_at >= :since
                         GROUP BY 1 ORDER BY 1""")
                .param("zone", PolicySettings.ZONE.getId())
                .param("since", java.sql.Timestamp.from(since))
                .query((rs, n) -> new Week(
                        rs.getObject("monday", LocalDate.class),
                        rs.getLong("alerts"),
                        (Double) rs.getObject("ack_p50"),
                        (Double) rs.getObject("ack_p90"),
                        (Double) rs.getObject("close_p50"),
                        (Double) rs.getObject("close_p90"),
                        rs.getLong("closed"),
                        rs.getLong("false_alarms")))
                .list();
    }
}
