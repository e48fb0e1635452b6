package org.ansim.conference.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ansim.cases.CaseId;
import org.ansim.conference.IncidentKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The incidents the agenda rules count, one per source key (an event seen twice is counted once). */
@Repository
public class IncidentRegister {

    /** An incident as the case tab shows it. */
    public record Incident(
            UUID id,
            Instant occurredAt,
            IncidentKind kind,
            String source,
            @Nullable String description,
            String recordedBy,
            @Nullable Instant withdrawnAt) {}

    private final JdbcClient jdbc;

    IncidentRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the incident unless its source key is known; answers its id when it is new. */
    Optional<UUID> add(
            CaseId caseId,
            Instant occurredAt,
            IncidentKind kind,
            String source,
            String sourceKey,
            @Nullable String description,
            String recordedBy,
            Instant now) {
        return jdbc.sql("""
                        INSERT INTO conference_incident
                            (id, case_id, occurred_at, kind, source, source_key, description, recorded_by, recorded_at)
                        VALUES (:id, :caseId, :occurredAt, :kind, :source, :sourceKey, :description, :by, :now)
                        ON CONFLICT (source_key) DO NOTHING
                        RETURNING id""")
                .param("id", UUID.randomUUID())
                .param("caseId", caseId.value())
                .param("occurredAt", Timestamp.from(occurredAt))
                .param("kind", kind.name())
                .param("source", source)
                .param("sourceKey", sourceKey)
                .param("description", description)
                .param("by", recordedBy)
                .param("now", Timestamp.from(now))
                .query(UUID.class)
                .optional();
    }

    /** The source took it back (an SOS the victim cancelled): it no longer counts. */
    void withdraw(String sourceKey, Instant at) {
        jdbc.sql("UPDATE conference_incident SET withdrawn_at = :at WHERE source_key = :key AND withdrawn_at IS NULL")
                .param("key", sourceKey)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The case's incidents, latest first. */
    public List<Incident> of(CaseId caseId) {
        return jdbc.sql("""
                        SELECT id, occurred_at, kind, source, description, recorded_by, withdrawn_at
                          FROM conference_incident WHERE case_id = :id ORDER BY occurred_at DESC""")
                .param("id", caseId.value())
                .query((rs, n) -> new Incident(
                        rs.getObject("id", UUID.class),
                        rs.getTimestamp("occurred_at").toInstant(),
                        IncidentKind.valueOf(rs.getString("kind")),
                        rs.getString("source"),
                        rs.getString("description"),
                        rs.getString("recorded_by"),
                        Optional.ofNullable(rs.getTimestamp("withdrawn_at"))
                                .map(Timestamp::toInstant)
                                .orElse(null)))
                .list();
    }
}
