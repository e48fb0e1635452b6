package org.ansim.services.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseActivityNoted;
import org.ansim.providers.ServiceKind;
import org.ansim.services.LegalCaseType;
import org.ansim.services.LegalStepRecorded;
import org.ansim.services.ServiceReferralState;
import org.ansim.settings.PolicySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A legal-aid provider records a step in the victim's proceedings on an accepted legal referral: the case type, the
 * court and, when there is one, the hearing date. A hearing sets a durable reminder ({@link HearingReminders}) for
 * the case manager to arrange accompaniment.
 */
@Service
public class RecordLegalStep {

    public static final int MAX_COURT = 100;
    public static final int MAX_DESCRIPTION = 500;

    public record Parameters(
            LegalCaseType caseType,
            String court,
            @Nullable LocalDate hearingOn,
            @Nullable String description) {}

    private final ProviderAccess access;
    private final JdbcClient jdbc;
    private final HearingReminders reminders;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    RecordLegalStep(
            ProviderAccess access,
            JdbcClient jdbc,
            HearingReminders reminders,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock) {
        this.access = access;
        this.jdbc = jdbc;
        this.reminders = reminders;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws ServiceRuleViolated {@code invalid} for a missing court or a past hearing; {@code referral-state} */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public UUID execute(UUID referralId, Parameters step) {
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, PolicySettings.ZONE);
        var court = step.court() == null ? "" : step.court().strip();
        if (court.isEmpty() || court.length() > MAX_COURT) {
            throw new ServiceRuleViolated(
                    "invalid", "services.legal.refused.court", "Name the court (1-100 characters).");
        }
        var description = step.description() == null ? null : step.description().strip();
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new ServiceRuleViolated(
                    "invalid", "services.legal.refused.description", "A description has at most 500 characters.");
        }
        if (step.hearingOn() != null && step.hearingOn().isBefore(today)) {
            throw new ServiceRuleViolated(
                    "invalid", "services.legal.refused.hearingPast", "A hearing to remind of is today or later.");
        }
        var referral = access.open(referralId);
        if (referral.kind() != ServiceKind.LEGAL) {
            throw new ServiceRuleViolated(
                    "invalid", "services.legal.refused.service", "Legal steps are recorded on a legal referral.");
        }
        if (referral.state() != ServiceReferralState.ACCEPTED) {
            throw new ServiceRuleViolated(
                    "referral-state",
                    "services.legal.refused.notAccepted",
                    "Legal steps are recorded on an accepted referral; this one is " + referral.state() + ".");
        }
        var by = ProviderAccess.provider().username();
        var id = UUID.randomUUID();
        var days = step.hearingOn() == null ? null : reminders.daysBefore(today);
        jdbc.sql("""
                        INSERT INTO services_legal_step
                          (id, referral_id, case_id, case_type, court, hearing_on, description, recorded_by,
                           recorded_at, reminder_days)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        referralId,
                        referral.caseId().value(),
                        step.caseType().name(),
                        court,
                        step.hearingOn(),
                        description == null || description.isEmpty() ? null : description,
                        by,
                        Timestamp.from(now),
                        days)
                .update();
        if (step.hearingOn() != null && days != null) {
            reminders.schedule(id, step.hearingOn(), days);
        }
        events.publishEvent(new LegalStepRecorded(
                id, referral.id(), referral.caseId(), step.caseType(), court, step.hearingOn(), by, now));
        events.publishEvent(new CaseActivityNoted(
                referral.caseId(),
                "services",
                "LEGAL_STEP_RECORDED",
                step.caseType().name() + (step.hearingOn() == null ? "" : " " + step.hearingOn()),
                by,
                now));
        audit.record(
                AuditAction.CREATE,
                AuditSubject.of("legal-step", id),
                step.caseType().name());
        return id;
    }
}
