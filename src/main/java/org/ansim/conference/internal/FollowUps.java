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
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseActivityNoted;
import org.ansim.cases.CaseId;
import org.ansim.cases.CaseNumber;
import org.ansim.cases.CaseStatus;
import org.ansim.settings.PolicySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Post-management: when a case goes to post-management or is closed, check-in calls fall due at the months the
 * setting {@code postmanagement.follow-up-months} names (read on that day; 1, 3, 6 by default). They are a due-date
 * list that the task lists and the case tab read — nothing has to happen at the due moment but to show up, so no timer
 * is needed. Reopening the case cancels the check-ins still pending.
 */
@Service
public class FollowUps {

    public static final int MAX_OUTCOME = 1_000;

    public enum CheckInStatus {
        PENDING,
        DONE,
        CANCELLED
    }

    /** One check-in call, due or done. */
    public record CheckIn(
            UUID id,
            CaseId caseId,
            String caseNumber,
            @Nullable String owner,
            int monthsAfter,
            LocalDate dueOn,
            CheckInStatus status,
            @Nullable String calledBy,
            @Nullable Instant calledAt,
            @Nullable String outcome) {

        public boolean overdueOn(LocalDate today) {
            return status == CheckInStatus.PENDING && today.isAfter(dueOn);
        }

        public boolean isDue(LocalDate today) {
            return status == CheckInStatus.PENDING && !today.isBefore(dueOn);
        }
    }

    private final PolicySettings settings;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    FollowUps(PolicySettings settings, ApplicationEventPublisher events, AuditLog audit, JdbcClient jdbc, Clock clock) {
        this.settings = settings;
        this.events = events;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Follows a case's status: schedules the check-ins on post-management or closure, cancels them on reopening. */
    @Transactional
    public void statusChanged(
            CaseId caseId, CaseNumber number, CaseStatus to, Instant at, @Nullable String caseManager) {
        if (to == CaseStatus.POST_MANAGEMENT || to == CaseStatus.CLOSED) {
            schedule(caseId, number, at, caseManager);
        } else {
            cancelPending(caseId);
        }
    }

    /** The schedule from {@code from}, unless check-ins are already pending (post-management and then closure). */
    void schedule(CaseId caseId, CaseNumber number, Instant from, @Nullable String owner) {
        var pending = jdbc.sql("SELECT count(*) FROM conference_check_in WHERE case_id = :k AND status = 'PENDING'")
                .param("k", caseId.value())
                .query(Long.class)
                .single();
        if (pending > 0) {
            return;
        }
        var day = from.atZone(PolicySettings.ZONE).toLocalDate();
        for (long months : settings.numbers("postmanagement.follow-up-months", day)) {
            jdbc.sql("""
                            INSERT INTO conference_check_in
                                (id, case_id, case_number, owner, months_after, due_on, status, closed_at)
                            VALUES (:id, :k, :number, :owner, :months, :due, 'PENDING', :closed)
                            ON CONFLICT DO NOTHING""")
                    .param("id", UUID.randomUUID())
                    .param("k", caseId.value())
                    .param("number", number.value())
                    .param("owner", owner)
                    .param("months", (int) months)
                    .param("due", day.plusMonths(months))
                    .param("closed", Timestamp.from(from))
                    .update();
        }
    }

    void cancelPending(CaseId caseId) {
        jdbc.sql("""
                        UPDATE conference_check_in SET status = 'CANCELLED', cancelled_at = :at
                         WHERE case_id = :k AND status = 'PENDING'""")
                .param("k", caseId.value())
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    /** The case manager or the unit lead records the call she made. */
    @PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
    @Transactional
    public CheckIn record(CaseId caseId, UUID checkInId, Instant calledAt, String outcome, String by) {
        var checkIn = find(checkInId)
                .filter(c -> c.caseId().equals(caseId))
                .orElseThrow(() -> new ConferenceNotFound("check-in"));
        if (checkIn.status() != CheckInStatus.PENDING) {
            throw new ConferenceRuleViolated("conference.error.checkInClosed", "The check-in is not pending");
        }
        var now = clock.instant();
        if (calledAt.isBefore(now.minus(java.time.Duration.ofDays(3 * 366)))) {
            throw new ConferenceRuleViolated("conference.error.calledTooLongAgo", "A call within the last 3 years");
        }
        if (calledAt.isAfter(now.plusSeconds(300))) {
            throw new ConferenceRuleViolated("conference.error.calledInFuture", "A call cannot be in the future");
        }
        var text = outcome.strip();
        if (text.isEmpty() || text.length() > MAX_OUTCOME || text.chars().anyMatch(Character::isISOControl)) {
            throw new ConferenceRuleViolated(
                    "conference.error.outcome", "An outcome of 1 to " + MAX_OUTCOME + " characters");
        }
        jdbc.sql("""
                        UPDATE conference_check_in SET status = 'DONE', called_by = :by, called_at = :at, outcome = :outcome
                         WHERE id = :id""")
                .param("id", checkInId)
                .param("by", by)
                .param("at", Timestamp.from(calledAt))
                .param("outcome", text)
                .update();
        events.publishEvent(new CaseActivityNoted(caseId, "conference", "CHECK_IN_RECORDED", null, by, now));
        audit.record(AuditAction.CHANGE, AuditSubject.of("conference-check-in", checkInId), "check-in recorded");
        return find(checkInId).orElseThrow();
    }

    public Optional<CheckIn> find(UUID id) {
        return jdbc.sql("SELECT * FROM conference_check_in WHERE id = :id")
                .param("id", id)
                .query(FollowUps::checkIn)
                .optional();
    }

    public List<CheckIn> ofCase(CaseId caseId) {
        return jdbc.sql("SELECT * FROM conference_check_in WHERE case_id = :k ORDER BY closed_at DESC, months_after")
                .param("k", caseId.value())
                .query(FollowUps::checkIn)
                .list();
    }

    /** Pending check-ins due by {@code until} for {@code owner} (or for everyone when null), earliest first. */
    public List<CheckIn> pendingDueBy(@Nullable String owner, LocalDate until) {
        return jdbc.sql("""
                        SELECT * FROM conference_check_in
                         WHERE status = 'PENDING' AND due_on <= :until AND (CAST(:owner AS text) IS NULL OR owner = :owner)
                         ORDER BY due_on LIMIT 500""")
                .param("until", until)
                .param("owner", owner)
                .query(FollowUps::checkIn)
                .list();
    }

    private static CheckIn checkIn(ResultSet rs, int n) throws SQLException {
        return new CheckIn(
                rs.getObject("id", UUID.class),
                new CaseId(rs.getObject("case_id", UUID.class)),
                rs.getString("case_number"),
                rs.getString("owner"),
                rs.getInt("months_after"),
                rs.getObject("due_on", LocalDate.class),
                CheckInStatus.valueOf(rs.getString("status")),
                rs.getString("called_by"),
                Optional.ofNullable(rs.getTimestamp("called_at"))
                        .map(Timestamp::toInstant)
                        .orElse(null),
                rs.getString("outcome"));
    }
}
