package org.ansim.safety;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ansim.safety.internal.JourneyParameters;
import org.ansim.safety.internal.JourneysOnThePhone;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Many journeys at once, started by one phone through the use case (as its API does), and what became of them. */
final class JourneyTimers {

    private JourneyTimers() {}

    /** Starts {@code count} journeys whose deadlines are spread evenly from {@code from} to {@code until}. */
    static List<UUID> start(JourneysOnThePhone journeys, PhonePrincipal phone, int count, Instant from, Instant until) {
        var context = SecurityContextHolder.getContext();
        var asPhone = SecurityContextHolder.createEmptyContext();
        asPhone.setAuthentication(new UsernamePasswordAuthenticationToken(
                phone, null, List.of(new SimpleGrantedAuthority(PhonePrincipal.AUTHORITY))));
        SecurityContextHolder.setContext(asPhone);
        try {
            var ids = new ArrayList<UUID>();
            var span = until.toEpochMilli() - from.toEpochMilli();
            for (int i = 0; i < count; i++) {
                var planned = from.plusMillis(span * i / Math.max(1, count - 1));
                // On a slow machine starting them takes a while: a deadline never lies in the past when it is set.
                var soonest = Instant.now().plusSeconds(1);
                var due = planned.isBefore(soonest) ? soonest : planned;
                ids.add(journeys.start(phone, new JourneyParameters(UUID.randomUUID(), "집", due, 0))
                        .journeyId());
            }
            return ids;
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }

    /** The phone of a freshly enrolled token. */
    static PhonePrincipal phoneOf(JdbcClient jdbc, String caseNumber) {
        return jdbc.sql(
                        "SELECT id, case_number FROM safety_phone WHERE case_number = ? ORDER BY enrolled_at DESC LIMIT 1")
                .param(caseNumber)
                .query((rs, n) -> new PhonePrincipal(rs.getObject(1, UUID.class), rs.getString(2)))
                .single();
    }

    static long escalated(JdbcClient jdbc, List<UUID> ids) {
        return jdbc.sql("SELECT count(*) FROM safety_journey WHERE status = 'ESCALATED' AND id = ANY(?)")
                .param(ids.toArray(UUID[]::new))
                .query(Long.class)
                .single();
    }

    /** Journeys with exactly one MISSED_ARRIVAL alert each, linked to the journey. */
    static long withExactlyOneAlert(JdbcClient jdbc, List<UUID> ids) {
        return jdbc.sql("""
                        SELECT count(*) FROM safety_journey j
                         WHERE j.id = ANY(?) AND j.status = 'ESCALATED'
                           AND (SELECT count(*) FROM alerts_alert a
                                 WHERE a.source_key = 'journey:' || j.id AND a.kind = 'MISSED_ARRIVAL') = 1
                           AND j.alert_id = (SELECT a.id FROM alerts_alert a WHERE a.source_key = 'journey:' || j.id)""").param(ids.toArray(UUID[]::new)).query(Long.class).single();
    }

    static long timersLeft(JdbcClient jdbc, List<UUID> ids) {
        return jdbc.sql(
                        "SELECT count(*) FROM scheduled_tasks WHERE task_name = 'safety-journey-escalation' AND task_instance = ANY(?)")
                .param(ids.stream().map(UUID::toString).toArray(String[]::new))
                .query(Long.class)
                .single();
    }

    /** Seconds from each deadline to its escalation, worst first. */
    static List<Double> lateness(JdbcClient jdbc, List<UUID> ids) {
        return jdbc.sql("""
                        SELECT extract(epoch FROM escalated_at - escalates_at) FROM safety_journey
                         WHERE id = ANY(?) ORDER BY 1 DESC""").param(ids.toArray(UUID[]::new)).query(Double.class).list();
    }
}
