package org.ansim.cases.internal;

import java.util.List;
import org.ansim.cases.CaseActivityNoted;
import org.ansim.cases.CaseId;
import org.ansim.cases.CaseTimeline;
import org.ansim.cases.TimelineEntry;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The case timeline. Every line is written in the transaction that did what it tells — the case's own changes and
 * other modules' {@link CaseActivityNoted} alike (a plain, synchronous listener) — so a line cannot be lost or written
 * for something that was rolled back, and a referral's half-dozen lines cost no transaction, commit or event
 * publication of their own (they did, through the publication registry, until the intake benchmark showed them as a
 * fifth of the database's work under load).
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
     * Another module's line, in its transaction, written once (the same line twice adds nothing), and nothing for a case
     * that does not exist.
     */
    @EventListener
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
