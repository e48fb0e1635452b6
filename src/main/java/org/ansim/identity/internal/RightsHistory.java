package org.ansim.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The history of granted and revoked rights (roles and scopes), kept at least three years. */
@Component
public class RightsHistory {

    public record Change(
            String subjectKind,
            UUID subjectId,
            String subjectName,
            String right,
            String change,
            String changedBy,
            Instant changedAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    RightsHistory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void granted(String kind, UUID subjectId, String subjectName, String right, String by) {
        write(kind, subjectId, subjectName, right, "GRANTED", by);
    }

    void revoked(String kind, UUID subjectId, String subjectName, String right, String by) {
        write(kind, subjectId, subjectName, right, "REVOKED", by);
    }

    private void write(String kind, UUID subjectId, String subjectName, String right, String change, String by) {
        jdbc.sql("""
                        INSERT INTO identity_rights_change
                          (subject_kind, subject_id, subject_name, right_name, change, changed_by, changed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(kind, subjectId, subjectName, right, change, by, Timestamp.from(clock.instant()))
                .update();
    }

    public List<Change> latest(int limit) {
        return jdbc.sql("""
                        SELECT subject_kind, subject_id, subject_name, right_name, change, changed_by, changed_at
                          FROM identity_rights_change ORDER BY changed_at DESC, id DESC LIMIT ?
                        """)
                .param(limit)
                .query((rs, n) -> new Change(
                        rs.getString(1),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }
}
