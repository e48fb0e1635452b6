package org.ansim.services.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseActivityNoted;
import org.ansim.cases.CaseSummary;
import org.ansim.identity.CurrentStaff;
import org.ansim.services.SessionExtensionApproved;
import org.ansim.settings.PolicySettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit lead approves more counselling sessions for one victim, recording who, when, why, the setting in force that
 * day and the limit that results.
 */
@Service
public class ApproveSessionExtension {

    public static final int MAX_ADDITIONAL = 50;

    public record Approval(UUID id, int additionalSessions, int baseLimit, int limitAfter, String approvedBy) {}

    private final CounsellingAllowance allowance;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    ApproveSessionExtension(
            CounsellingAllowance allowance,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock) {
        this.allowance = allowance;
        this.jdbc = jdbc;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('UNIT_LEAD')")
    @Transactional
    public Approval execute(CaseSummary found, int additionalSessions, String reason) {
        var stripped = reason == null ? "" : reason.strip();
        if (stripped.isEmpty() || stripped.length() > ServiceReferral.MAX_REASON) {
            throw new ServiceRuleViolated(
                    "invalid", "services.refused.reason", "Give a reason of 1 to 500 characters.");
        }
        if (additionalSessions < 1 || additionalSessions > MAX_ADDITIONAL) {
            throw new ServiceRuleViolated("invalid", "services.refused.additional", "Approve 1 to 50 more sessions.");
        }
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))")
                .param("services-sessions:" + found.id().value())
                .query()
                .singleValue();
        var by = CurrentStaff.find().orElseThrow().username();
        var now = clock.instant();
        var before = allowance.of(found.id(), LocalDate.ofInstant(now, PolicySettings.ZONE));
        var limitAfter = before.limit() + additionalSessions;
        var id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO services_session_extension
                          (id, case_id, additional_sessions, reason, base_limit, limit_after, approved_by, approved_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        found.id().value(),
                        additionalSessions,
                        stripped,
                        before.base(),
                        limitAfter,
                        by,
                        Timestamp.from(now))
                .update();
        events.publishEvent(
                new SessionExtensionApproved(found.id(), additionalSessions, before.base(), limitAfter, by, now));
        events.publishEvent(new CaseActivityNoted(
                found.id(),
                "services",
                "SESSION_EXTENSION_APPROVED",
                "+" + additionalSessions + " → " + limitAfter,
                by,
                now));
        audit.record(AuditAction.CREATE, AuditSubject.of("session-extension", id), "+" + additionalSessions);
        return new Approval(id, additionalSessions, before.base(), limitAfter, by);
    }
}
