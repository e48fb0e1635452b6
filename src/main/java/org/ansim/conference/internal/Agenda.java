package org.ansim.conference.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ansim.cases.CaseActivityNoted;
import org.ansim.cases.CaseConferenceMarking;
import org.ansim.cases.CaseId;
import org.ansim.cases.CaseNumber;
import org.ansim.conference.AgendaReason;
import org.ansim.conference.ConferenceId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's agenda: filled by the rules until the meeting is held (each case with its reasons), plus the cases the
 * unit lead adds. A case on an agenda is placed under conference (the profiler may see it) and released when no
 * meeting still to be held has it.
 */
@Service
public class Agenda {

    private static final Logger log = LoggerFactory.getLogger(Agenda.class);

    /** A case on the agenda and why. */
    public record Item(
            CaseId caseId,
            CaseNumber caseNumber,
            Set<AgendaReason> reasons,
            @Nullable String addedBy,
            @Nullable String addedReason) {}

    private final Meetings meetings;
    private final AgendaCriteria criteria;
    private final CaseConferenceMarking marking;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    Agenda(
            Meetings meetings,
            AgendaCriteria criteria,
            CaseConferenceMarking marking,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            Clock clock) {
        this.meetings = meetings;
        this.criteria = criteria;
        this.marking = marking;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Builds the agenda of a meeting still to be held from the rules as they stand now. */
    @Transactional
    public void refresh(ConferenceId id) {
        var meeting = meetings.findForUpdate(id).orElseThrow(() -> new ConferenceNotFound("conference"));
        if (meeting.held()) {
            return;
        }
        var now = clock.instant();
        var asOf = meeting.scheduledAt().isAfter(now) ? meeting.scheduledAt() : now;
        var candidates = criteria.evaluate(asOf);
        var current = new HashMap<UUID, Item>();
        items(id).forEach(item -> current.put(item.caseId().value(), item));
        for (var candidate : candidates) {
            var before = current.remove(candidate.caseId().value());
            var reasons =
                    EnumSet.copyOf(candidate.reasons().isEmpty() ? Set.of(AgendaReason.ADDED) : candidate.reasons());
            if (before == null) {
                // a case the rules name but the cases module does not know (a stray screening) stays off the agenda
                if (placed(candidate.caseId(), reasons, "system:conference", now)) {
                    insert(id, candidate.caseId(), candidate.caseNumber(), reasons, null, null, now);
                }
            } else {
                if (before.reasons().contains(AgendaReason.ADDED)) {
                    reasons.add(AgendaReason.ADDED);
                }
                if (!reasons.equals(before.reasons())) {
                    updateReasons(id, candidate.caseId(), reasons);
                }
            }
        }
        for (var gone : current.values()) {
            if (gone.reasons().contains(AgendaReason.ADDED)) {
                if (gone.reasons().size() > 1) {
                    updateReasons(id, gone.caseId(), EnumSet.of(AgendaReason.ADDED));
                }
                continue;
            }
            jdbc.sql("DELETE FROM conference_agenda_item WHERE conference_id = :c AND case_id = :k")
                    .param("c", id.value())
                    .param("k", gone.caseId().value())
                    .update();
            releaseUnlessOnAnotherAgenda(gone.caseId());
        }
    }

    /** The unit lead puts a case on the agenda with her reason. */
    @Transactional
    public void add(ConferenceId id, CaseId caseId, CaseNumber number, String reason, String by) {
        var meeting = meetings.findForUpdate(id).orElseThrow(() -> new ConferenceNotFound("conference"));
        meeting.requireNotHeld();
        if (reason.isBlank() || reason.length() > 500 || reason.chars().anyMatch(Character::isISOControl)) {
            throw new ConferenceRuleViolated("conference.error.reason", "A reason of 1 to 500 characters");
        }
        var now = clock.instant();
        var before =
                items(id).stream().filter(item -> item.caseId().equals(caseId)).findFirst();
        if (before.isPresent()) {
            var reasons = EnumSet.copyOf(before.get().reasons());
            reasons.add(AgendaReason.ADDED);
            jdbc.sql("""
                            UPDATE conference_agenda_item SET reasons = :reasons, added_by = :by, added_reason = :reason
                             WHERE conference_id = :c AND case_id = :k""")
                    .param("reasons", join(reasons))
                    .param("by", by)
                    .param("reason", reason)
                    .param("c", id.value())
                    .param("k", caseId.value())
                    .update();
            return;
        }
        var reasons = EnumSet.of(AgendaReason.ADDED);
        insert(id, caseId, number, reasons, by, reason, now);
        placed(caseId, reasons, by, now);
    }

    /** The agenda, by case number. */
    public List<Item> items(ConferenceId id) {
        return jdbc.sql("""
                        SELECT case_id, case_number, reasons, added_by, added_reason FROM conference_agenda_item
                         WHERE conference_id = :c ORDER BY case_number""")
                .param("c", id.value())
                .query((rs, n) -> new Item(
                        new CaseId(rs.getObject("case_id", UUID.class)),
                        new CaseNumber(rs.getString("case_number")),
                        split(rs.getString("reasons")),
                        rs.getString("added_by"),
                        rs.getString("added_reason")))
                .list();
    }

    /** A meeting a case was (or is) on the agenda of, and why. */
    public record Placement(
            ConferenceId conferenceId, Instant scheduledAt, Meeting.Status status, Set<AgendaReason> reasons) {}

    /** The case's agenda history, latest meeting first. */
    public List<Placement> historyOf(CaseId caseId) {
        return jdbc.sql("""
                        SELECT m.id, m.scheduled_at, m.status, a.reasons FROM conference_agenda_item a
                          JOIN conference_meeting m ON m.id = a.conference_id
                         WHERE a.case_id = :k ORDER BY m.scheduled_at DESC""")
                .param("k", caseId.value())
                .query((rs, n) -> new Placement(
                        new ConferenceId(rs.getObject("id", UUID.class)),
                        rs.getTimestamp("scheduled_at").toInstant(),
                        Meeting.Status.valueOf(rs.getString("status")),
                        split(rs.getString("reasons"))))
                .list();
    }

    public boolean contains(ConferenceId id, CaseId caseId) {
        return jdbc.sql("SELECT count(*) FROM conference_agenda_item WHERE conference_id = :c AND case_id = :k")
                        .param("c", id.value())
                        .param("k", caseId.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** After the meeting: each case was conferenced now, and is released unless another meeting still has it. */
    void conclude(ConferenceId id, ConferenceCases cases, Instant at) {
        for (var item : items(id)) {
            cases.conferenced(item.caseId(), at);
            releaseUnlessOnAnotherAgenda(item.caseId());
        }
    }

    private void releaseUnlessOnAnotherAgenda(CaseId caseId) {
        var stillOn = jdbc.sql("""
                        SELECT count(*) FROM conference_agenda_item a JOIN conference_meeting m ON m.id = a.conference_id
                         WHERE a.case_id = :k AND m.status = 'SCHEDULED'""").param("k", caseId.value()).query(Long.class).single();
        if (stillOn == 0) {
            marking.releaseFromConference(caseId);
        }
    }

    private void insert(
            ConferenceId id,
            CaseId caseId,
            CaseNumber number,
            Set<AgendaReason> reasons,
            @Nullable String by,
            @Nullable String reason,
            Instant now) {
        jdbc.sql("""
                        INSERT INTO conference_agenda_item
                            (conference_id, case_id, case_number, reasons, added_by, added_reason, placed_at)
                        VALUES (:c, :k, :number, :reasons, :by, :reason, :now)""")
                .param("c", id.value())
                .param("k", caseId.value())
                .param("number", number.value())
                .param("reasons", join(reasons))
                .param("by", by)
                .param("reason", reason)
                .param("now", Timestamp.from(now))
                .update();
    }

    private void updateReasons(ConferenceId id, CaseId caseId, Set<AgendaReason> reasons) {
        jdbc.sql("UPDATE conference_agenda_item SET reasons = :reasons WHERE conference_id = :c AND case_id = :k")
                .param("reasons", join(reasons))
                .param("c", id.value())
                .param("k", caseId.value())
                .update();
    }

    private boolean placed(CaseId caseId, Set<AgendaReason> reasons, String by, Instant now) {
        if (!marking.placeUnderConference(caseId)) {
            log.warn("Case {} meets an agenda rule but the cases module does not know it; left off", caseId);
            return false;
        }
        events.publishEvent(new CaseActivityNoted(caseId, "conference", "AGENDA_PLACED", join(reasons), by, now));
        return true;
    }

    static String join(Set<AgendaReason> reasons) {
        return reasons.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<AgendaReason> split(String reasons) {
        var set = EnumSet.noneOf(AgendaReason.class);
        Arrays.stream(reasons.split(","))
                .filter(s -> !s.isBlank())
                .map(AgendaReason::valueOf)
                .forEach(set::add);
        return set;
    }
}
