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

    private final JdbcClient jdbc;

    TimelineWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(TimelineLine line) {
        append(line);
    }

    @ApplicationModuleListener
    void on(CaseActivityNoted activity) {
        var exists = jdbc.sql("SELECT count(*) FROM cases_case WHERE id = ?")
                        .param(activity.caseId().value())
                        .query(Long.class)
                        .single()
                > 0;
        if (exists) {
            append(new TimelineLine(
                    activity.caseId(),
                    activity.module(),
                    activity.kind(),
                    activity.actor(),
                    activity.summary(),
                    activity.at()));
        }
    }

    private void append(TimelineLine line) {
        jdbc.sql("""
                        INSERT INTO cases_timeline (case_id, at, module, kind, actor, detail)
                        VALUES (:caseId, :at, :module, :kind, :actor, :detail)
                        """)
                .param("caseId", line.caseId().value())
                .param("at", java.sql.Timestamp.from(line.at()))
                .param("module", line.module())
                .param("kind", line.kind())
                .param("actor", line.actor())
                .param("detail", line.detail())
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
