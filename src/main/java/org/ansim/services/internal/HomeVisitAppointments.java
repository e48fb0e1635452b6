package org.ansim.services.internal;

import java.time.Instant;
import java.util.List;
import org.ansim.cases.CaseAppointment;
import org.ansim.cases.CaseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The home visits coming up for a case, for the victim's phone: only when, never who visits (the therapist's name
 * stays with the service plan). A visit whose referral was suspended or ended is not coming.
 */
@Component
class HomeVisitAppointments implements CaseAppointment.Source {

    private final JdbcClient jdbc;

    HomeVisitAppointments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CaseAppointment> upcoming(CaseId caseId, Instant from) {
        return jdbc.sql("""
                        SELECT v.starts_at FROM services_home_visit v
                          JOIN services_referral r ON r.id = v.referral_id
                         WHERE v.case_id = :case AND v.done_at IS NULL AND v.starts_at >= :from
                           AND r.state IN ('SENT', 'ACCEPTED')
                         ORDER BY v.starts_at LIMIT 20""")
                .param("case", caseId.value())
                .param("from", java.sql.Timestamp.from(from))
                .query((rs, n) -> new CaseAppointment(rs.getTimestamp(1).toInstant(), CaseAppointment.Kind.HOME_VISIT))
                .list();
    }
}
