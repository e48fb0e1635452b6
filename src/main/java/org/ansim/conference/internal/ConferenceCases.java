package org.ansim.conference.internal;

import java.time.Instant;
import java.util.Optional;
import org.ansim.cases.CaseId;
import org.ansim.cases.CaseNumber;
import org.ansim.cases.CaseStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the conference keeps of each case for its agenda query (one read model, no calls per case): the number, the
 * police's risk level, the status and when the case was last conferenced. Fed by the cases' and referrals' events.
 */
@Repository
public class ConferenceCases {

    private final JdbcClient jdbc;

    ConferenceCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void opened(CaseId caseId, CaseNumber number, CaseStatus status) {
        jdbc.sql("""
                        INSERT INTO conference_case (case_id, case_number, status) VALUES (:id, :number, :status)
                        ON CONFLICT (case_id) DO NOTHING""")
                .param("id", caseId.value())
                .param("number", number.value())
                .param("status", status.name())
                .update();
    }

    public void policeRiskLevel(CaseId caseId, CaseNumber number, @Nullable String level) {
        jdbc.sql("""
                        INSERT INTO conference_case (case_id, case_number, status, police_risk_level)
                        VALUES (:id, :number, 'NEW', :level)
                        ON CONFLICT (case_id) DO UPDATE SET police_risk_level = excluded.police_risk_level""")
                .param("id", caseId.value())
                .param("number", number.value())
                .param("level", level)
                .update();
    }

    public void statusChanged(CaseId caseId, CaseNumber number, CaseStatus status) {
        jdbc.sql("""
                        INSERT INTO conference_case (case_id, case_number, status) VALUES (:id, :number, :status)
                        ON CONFLICT (case_id) DO UPDATE SET status = excluded.status""")
                .param("id", caseId.value())
                .param("number", number.value())
                .param("status", status.name())
                .update();
    }

    /** The case was on the agenda of a meeting held at {@code at}: the repeat rule counts from here. */
    void conferenced(CaseId caseId, Instant at) {
        jdbc.sql("""
                        UPDATE conference_case SET last_conference_at = greatest(coalesce(last_conference_at, :at), :at)
                         WHERE case_id = :id""")
                .param("id", caseId.value())
                .param("at", java.sql.Timestamp.from(at))
                .update();
    }

    Optional<Instant> findLastConference(CaseId caseId) {
        return jdbc.sql("SELECT last_conference_at FROM conference_case WHERE case_id = :id")
                .param("id", caseId.value())
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(java.sql.Timestamp::toInstant))
                .optional()
                .flatMap(found -> found);
    }
}
