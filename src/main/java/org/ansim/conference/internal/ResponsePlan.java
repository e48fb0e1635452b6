package org.ansim.conference.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseActivityNoted;
import org.ansim.cases.CaseId;
import org.ansim.conference.ActionStatus;
import org.ansim.conference.ConferenceId;
import org.ansim.identity.Role;
import org.ansim.identity.StaffPrincipal;
import org.ansim.settings.PolicySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conference's response plan: per case, actions with an owner (a staff member), a due date and a status. An open
 * action past its due date is overdue. Only the owner or a unit lead marks one done.
 */
@Service
public class ResponsePlan {

    public static final int MAX_DESCRIPTION = 500;

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /** One action of the plan. */
    public record Action(
            UUID id,
            ConferenceId conferenceId,
            CaseId caseId,
            String caseNumber,
            String description,
            String owner,
            LocalDate dueOn,
            ActionStatus status,
            @Nullable Instant doneAt,
            @Nullable String doneBy) {

        /** Open and past its due date on {@code today}. */
        public boolean overdueOn(LocalDate today) {
            return status == ActionStatus.OPEN && today.isAfter(dueOn);
        }
    }

    private final Meetings meetings;
    private final Agenda agenda;
    private final PolicySettings settings;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    ResponsePlan(
            Meetings meetings,
            Agenda agenda,
            PolicySettings settings,
            ApplicationEventPublisher events,
            AuditLog audit,
            JdbcClient jdbc,
            Clock clock) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.settings = settings;
        this.events = events;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The unit lead adds an action to a case's plan. */
    @Transactional
    public UUID plan(
            ConferenceId id,
            CaseId caseId,
            String caseNumber,
            String description,
            String owner,
            LocalDate dueOn,
            String by) {
        meetings.find(id).orElseThrow(() -> new ConferenceNotFound("conference"));
        if (!agenda.contains(id, caseId)) {
            throw new ConferenceRuleViolated(
                    "conference.error.notOnAgenda", "The case is not on this conference's agenda");
        }
        var text = description.strip();
        if (text.isEmpty() || text.length() > MAX_DESCRIPTION || text.chars().anyMatch(Character::isISOControl)) {
            throw new ConferenceRuleViolated(
                    "conference.error.action", "An action of 1 to " + MAX_DESCRIPTION + " characters");
        }
        if (!USERNAME.matcher(owner.strip()).matches()) {
            throw new ConferenceRuleViolated("conference.error.owner", "The owner is a staff member's username");
        }
        var today = settings.today();
        if (dueOn.isBefore(today.minusYears(1)) || dueOn.isAfter(today.plusYears(2))) {
            throw new ConferenceRuleViolated("conference.error.dueOn", "A due date within two years");
        }
        var actionId = UUID.randomUUID();
        var now = clock.instant();
        jdbc.sql("""
                        INSERT INTO conference_action (id, conference_id, case_id, case_number, description, owner,
                            due_on, status, created_by, created_at)
                        VALUES (:id, :c, :k, :number, :description, :owner, :due, 'OPEN', :by, :at)""")
                .param("id", actionId)
                .param("c", id.value())
                .param("k", caseId.value())
                .param("number", caseNumber)
                .param("description", text)
                .param("owner", owner.strip())
                .param("due", dueOn)
                .param("by", by)
                .param("at", Timestamp.from(now))
                .update();
        events.publishEvent(new CaseActivityNoted(caseId, "conference", "CONFERENCE_ACTION_PLANNED", null, by, now));
        audit.record(AuditAction.CREATE, AuditSubject.of("conference-action", actionId));
        return actionId;
    }

    /** The owner (or a unit lead) marks the action done; anyone else finds no such action. */
    @PreAuthorize("hasAnyRole('UNIT_LEAD', 'CASE_MANAGER', 'PROFILER')")
    @Transactional
    public Action complete(UUID actionId, StaffPrincipal staff) {
        var action = find(actionId)
                .filter(a -> a.owner().equals(staff.username()) || staff.role() == Role.UNIT_LEAD)
                .orElseThrow(() -> new ConferenceNotFound("action"));
        if (action.status() == ActionStatus.DONE) {
            return action;
        }
        var now = clock.instant();
        jdbc.sql("UPDATE conference_action SET status = 'DONE', done_at = :at, done_by = :by WHERE id = :id")
                .param("id", actionId)
                .param("at", Timestamp.from(now))
                .param("by", staff.username())
                .update();
        events.publishEvent(new CaseActivityNoted(
                action.caseId(), "conference", "CONFERENCE_ACTION_DONE", null, staff.username(), now));
        return find(actionId).orElseThrow();
    }

    public Optional<Action> find(UUID actionId) {
        return jdbc.sql("SELECT * FROM conference_action WHERE id = :id")
                .param("id", actionId)
                .query(ResponsePlan::action)
                .optional();
    }

    public List<Action> ofCase(CaseId caseId) {
        return jdbc.sql("SELECT * FROM conference_action WHERE case_id = :k ORDER BY due_on, created_at")
                .param("k", caseId.value())
                .query(ResponsePlan::action)
                .list();
    }

    public List<Action> ofConference(ConferenceId id) {
        return jdbc.sql("SELECT * FROM conference_action WHERE conference_id = :c ORDER BY case_number, due_on")
                .param("c", id.value())
                .query(ResponsePlan::action)
                .list();
    }

    /** The owner's open actions, the earliest due first. */
    public List<Action> openFor(String owner) {
        return jdbc.sql(
                        "SELECT * FROM conference_action WHERE owner = :o AND status = 'OPEN' ORDER BY due_on, created_at")
                .param("o", owner)
                .query(ResponsePlan::action)
                .list();
    }

    private static Action action(ResultSet rs, int n) throws SQLException {
        return new Action(
                rs.getObject("id", UUID.class),
                new ConferenceId(rs.getObject("conference_id", UUID.class)),
                new CaseId(rs.getObject("case_id", UUID.class)),
                rs.getString("case_number"),
                rs.getString("description"),
                rs.getString("owner"),
                rs.getObject("due_on", LocalDate.class),
                ActionStatus.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getTimestamp("done_at"))
                        .map(Timestamp::toInstant)
                        .orElse(null),
                rs.getString("done_by"));
    }
}
