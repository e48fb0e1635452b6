package org.ansim.cases.internal;

import java.util.List;
import org.ansim.cases.CaseActivityNoted;
import org.ansim.cases.CaseId;
import org.ansim.cases.CaseTimeline;
import org.ansim.cases.TimelineEntry;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The case timeline: the case's own lines are written in the transaction that changed the case; other modules' lines
 * arrive as {@link CaseActivityNoted} through the event publication registry.
 */
@Component
class TimelineWriter implements CaseTimeline {

    /** The same line twice (an event delivered again) is kept once: see the unique index cases_timeline_once. */
    private static final String ONCE = """
            ON CONFLICT (case_id, at, module, kind, md5(coalesce(actor, '') || '|' || coalesce(detail, '')))
            DO NOTHING
            """;

    private final JdbcClient jdbc;

    TimelineWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(TimelineLine line) {
        append(line);
    }

    /**
     * Another module's line, written once: a redelivered event (after a failed first delivery) adds nothing, nor does
     * an event about a case that does not exist.
     */
    @ApplicationModuleListener
    void on(CaseActivityNoted activity) {
        jdbc.sql("""
                        INSERT INTO cases_timeline (case_id, at, module, kind, actor, detail)
                        SELECT :caseId, :at, :module, :kind, :actor, :detail
                         WHERE EXISTS (SELECT 1 FROM cases_case WHERE id = :caseId)
                        """ + ONCE)
                .param("caseId", activity.caseId().value())
                .param("at", java.sql.Timestamp.from(activity.at()))
                .param("module", activity.module())
                .param("kind", activity.kind())
                .param("actor", activity.actor(), java.sql.Types.VARCHAR)
                .param("detail", activity.summary(), java.sql.Types.VARCHAR)
                .update();
    }

    private void append(TimelineLine line) {
        jdbc.sql("""
                        INSERT INTO cases_timeline (case_id, at, module, kind, actor, detail)
                        VALUES (:caseId, :at, :module, :kind, :actor, :detail)
                        """ + ONCE)
                .param("caseId", line.caseId().value())
                .param("at", java.sql.Timestamp.from(line.at()))
                .param("module", line.module())
                .param("kind", line.kind())
                .param("actor", line.actor(), java.sql.Types.VARCHAR)
                .param("detail", line.detail(), java.sql.Types.VARCHAR)
                .update();
    }

    @Override
    public List<TimelineEntry> entriesOf(CaseId caseId) {
        return jdbc.sql("""
                        SELECT id, at, module, kind, actor, detail FROM cases_timeline
                        WHERE case_id = ? ORDER BY at, id
                        """)
                .param(caseId.value())
                .query((rs, n) -> new TimelineEntry(
                        rs.getLong("id"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("module"),
                        rs.getString("kind"),
                        rs.getString("actor"),
                        rs.getString("detail")))
                .list();
    }
}
