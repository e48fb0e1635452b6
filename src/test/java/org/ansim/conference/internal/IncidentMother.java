package org.ansim.conference.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.ansim.cases.CaseId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cases and incidents as the conference's own read model holds them, for the agenda rules' tests: a case of its own
 * (no other test's incidents count for it), its police level, its last conference, and incidents at given times.
 */
final class IncidentMother {

    private final JdbcClient jdbc;

    IncidentMother(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CaseId aCase(String policeLevel, String status) {
        var id = CaseId.random();
        jdbc.sql("""
                        INSERT INTO conference_case (case_id, case_number, police_risk_level, status)
                        VALUES (:id, :number, :level, :status)""")
                .param("id", id.value())
                .param(
                        "number",
                        "STK-1999-"
                                + String.format("%06d", Math.floorMod(id.value().hashCode(), 1_000_000)))
                .param("level", policeLevel)
                .param("status", status)
                .update();
        return id;
    }

    CaseId aMediumCase() {
        return aCase("MEDIUM", "ACTIVE");
    }

    void lastConferenced(CaseId caseId, Instant at) {
        jdbc.sql("UPDATE conference_case SET last_conference_at = :at WHERE case_id = :id")
                .param("id", caseId.value())
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Answers the incident's source key. */
    String incident(CaseId caseId, Instant at) {
        var key = "test:" + UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO conference_incident
                            (id, case_id, occurred_at, kind, source, source_key, recorded_by, recorded_at)
                        VALUES (:id, :case, :at, 'STAFF_RECORDED', 'test', :key, 'test', now())""")
                .param("id", UUID.randomUUID())
                .param("case", caseId.value())
                .param("at", Timestamp.from(at))
                .param("key", key)
                .update();
        return key;
    }

    /** A case the conference learns of only now, with the given incidents already registered for it. */
    CaseId aMediumCaseArrivingAfter(Instant... incidents) {
        var id = CaseId.random();
        for (var at : incidents) {
            incident(id, at);
        }
        jdbc.sql("""
                        INSERT INTO conference_case (case_id, case_number, police_risk_level, status)
                        VALUES (:id, :number, 'MEDIUM', 'ACTIVE')""")
                .param("id", id.value())
                .param(
                        "number",
                        "STK-1999-"
                                + String.format("%06d", Math.floorMod(id.value().hashCode(), 1_000_000)))
                .update();
        return id;
    }
}
