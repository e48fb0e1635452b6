package org.ansim.conference.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseActivityNoted;
import org.ansim.cases.CaseId;
import org.ansim.conference.ConferenceId;
import org.ansim.privacy.AssociatedData;
import org.ansim.privacy.RevealReason;
import org.ansim.privacy.Sealed;
import org.ansim.privacy.SealedKind;
import org.ansim.privacy.SealedNote;
import org.ansim.privacy.SealedValues;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What was said and decided about a case at a meeting: discussion notes, sealed (they name people and places) and
 * revealed only with a reason, and decisions, in the open for everyone who may see the case.
 */
@Service
public class Discussion {

    public static final int MAX_DECISION = 1_000;

    /** A sealed note as a list shows it: who wrote it and when, never its text. */
    public record Note(UUID id, ConferenceId conferenceId, String writtenBy, Instant writtenAt) {}

    public record Decision(UUID id, ConferenceId conferenceId, String text, String decidedBy, Instant decidedAt) {}

    private final Meetings meetings;
    private final Agenda agenda;
    private final SealedValues sealing;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    Discussion(
            Meetings meetings,
            Agenda agenda,
            SealedValues sealing,
            ApplicationEventPublisher events,
            AuditLog audit,
            JdbcClient jdbc,
            Clock clock) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.sealing = sealing;
        this.events = events;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public static AssociatedData noteOf(UUID noteId) {
        return AssociatedData.of("conference-note", noteId, "note");
    }

    /** A member of the unit who may see the case writes down the discussion; the text is sealed at once. */
    @Transactional
    public UUID note(ConferenceId id, CaseId caseId, String text, String by) {
        requireOnAgenda(id, caseId);
        SealedNote note;
        try {
            note = new SealedNote(text.strip());
        } catch (IllegalArgumentException invalid) {
            throw new ConferenceRuleViolated("conference.error.note", invalid.getMessage());
        }
        var noteId = UUID.randomUUID();
        var sealed = sealing.seal(note, noteOf(noteId));
        jdbc.sql("""
                        INSERT INTO conference_note (id, conference_id, case_id, note, written_by, written_at)
                        VALUES (:id, :c, :k, :note, :by, :at)""")
                .param("id", noteId)
                .param("c", id.value())
                .param("k", caseId.value())
                .param("note", sealed.ciphertext())
                .param("by", by)
                .param("at", Timestamp.from(clock.instant()))
                .update();
        audit.record(AuditAction.CREATE, AuditSubject.of("conference-note", noteId));
        return noteId;
    }

    /** The unit lead records what the conference decided for the case. */
    @Transactional
    public UUID decide(ConferenceId id, CaseId caseId, String text, String by) {
        requireOnAgenda(id, caseId);
        var decision = text.strip();
        if (decision.isEmpty()
                || decision.length() > MAX_DECISION
                || decision.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new ConferenceRuleViolated(
                    "conference.error.decision", "A decision of 1 to " + MAX_DECISION + " characters");
        }
        var decisionId = UUID.randomUUID();
        var now = clock.instant();
        jdbc.sql("""
                        INSERT INTO conference_decision (id, conference_id, case_id, text, decided_by, decided_at)
                        VALUES (:id, :c, :k, :text, :by, :at)""")
                .param("id", decisionId)
                .param("c", id.value())
                .param("k", caseId.value())
                .param("text", decision)
                .param("by", by)
                .param("at", Timestamp.from(now))
                .update();
        events.publishEvent(new CaseActivityNoted(caseId, "conference", "CONFERENCE_DECISION", null, by, now));
        return decisionId;
    }

    public List<Note> notes(ConferenceId id, CaseId caseId) {
        return jdbc.sql("""
                        SELECT id, conference_id, written_by, written_at FROM conference_note
                         WHERE conference_id = :c AND case_id = :k ORDER BY written_at""")
                .param("c", id.value())
                .param("k", caseId.value())
                .query((rs, n) -> new Note(
                        rs.getObject("id", UUID.class),
                        new ConferenceId(rs.getObject("conference_id", UUID.class)),
                        rs.getString("written_by"),
                        rs.getTimestamp("written_at").toInstant()))
                .list();
    }

    public List<Decision> decisions(CaseId caseId) {
        return jdbc.sql("""
                        SELECT id, conference_id, text, decided_by, decided_at FROM conference_decision
                         WHERE case_id = :k ORDER BY decided_at DESC""")
                .param("k", caseId.value())
                .query((rs, n) -> new Decision(
                        rs.getObject("id", UUID.class),
                        new ConferenceId(rs.getObject("conference_id", UUID.class)),
                        rs.getString("text"),
                        rs.getString("decided_by"),
                        rs.getTimestamp("decided_at").toInstant()))
                .list();
    }

    /** The note's text, for someone who may see the case and gave a reason (the reveal is audited). */
    @Transactional
    public Optional<String> reveal(UUID noteId, CaseId caseId, RevealReason reason) {
        return jdbc.sql("SELECT note FROM conference_note WHERE id = :id AND case_id = :k")
                .param("id", noteId)
                .param("k", caseId.value())
                .query(byte[].class)
                .optional()
                .map(bytes -> sealing.reveal(Sealed.of(SealedKind.NOTE, bytes), noteOf(noteId), reason)
                        .text());
    }

    private void requireOnAgenda(ConferenceId id, CaseId caseId) {
        meetings.find(id).orElseThrow(() -> new ConferenceNotFound("conference"));
        if (!agenda.contains(id, caseId)) {
            throw new ConferenceRuleViolated(
                    "conference.error.notOnAgenda", "The case is not on this conference's agenda");
        }
    }
}
