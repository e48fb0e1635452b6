package org.ansim.services.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseActivityNoted;
import org.ansim.privacy.AssociatedData;
import org.ansim.privacy.SealedNote;
import org.ansim.privacy.SealedValues;
import org.ansim.providers.ServiceKind;
import org.ansim.services.ServiceSessionRecorded;
import org.ansim.services.SessionKind;
import org.ansim.settings.PolicySettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider records a session it delivered on an accepted referral, with a sealed note. Counselling is capped per
 * victim ({@link CounsellingAllowance}): a session past the limit without an approved extension is refused and nothing
 * is recorded. The first session starts the service; it also counts as the first contact if none was recorded.
 */
@Service
public class RecordServiceSession {

    public static final int MAX_MINUTES = 480;

    public record Parameters(LocalDate heldOn, int minutes, SessionKind kind, String note) {}

    private final ProviderAccess access;
    private final ServiceReferrals referrals;
    private final PlannedServices services;
    private final CounsellingAllowance allowance;
    private final SealedValues sealedValues;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    RecordServiceSession(
            ProviderAccess access,
            ServiceReferrals referrals,
            PlannedServices services,
            CounsellingAllowance allowance,
            SealedValues sealedValues,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock) {
        this.access = access;
        this.referrals = referrals;
        this.services = services;
        this.allowance = allowance;
        this.sealedValues = sealedValues;
        this.jdbc = jdbc;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws ServiceRuleViolated {@code limit-reached} past the counselling cap, {@code referral-state} when the
     *     referral is not accepted, {@code invalid} for a date in the future or before the referral
     */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public UUID execute(UUID referralId, Parameters session) {
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, PolicySettings.ZONE);
        var note = session.note() == null ? "" : session.note().strip();
        if (note.isEmpty() || note.length() > SealedNote.MAX_LENGTH) {
            throw new ServiceRuleViolated("invalid", "services.refused.note", "A session needs a note.");
        }
        if (session.minutes() < 1 || session.minutes() > MAX_MINUTES) {
            throw new ServiceRuleViolated("invalid", "services.refused.minutes", "Minutes run from 1 to 480.");
        }
        var referral = access.open(referralId);
        referral.requireAccepted();
        if (session.heldOn().isAfter(today)
                || session.heldOn().isBefore(LocalDate.ofInstant(referral.sentAt(), PolicySettings.ZONE))) {
            throw new ServiceRuleViolated(
                    "invalid", "services.refused.date", "A session is held between the referral and today.");
        }
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))")
                .param("services-sessions:" + referral.caseId().value())
                .query()
                .singleValue();
        var service = services.findById(referral.serviceId()).orElseThrow();
        var limit = 0;
        int number;
        if (referral.kind() == ServiceKind.COUNSELLING) {
            var allowed = allowance.of(referral.caseId(), today);
            if (allowed.reached()) {
                throw ServiceRuleViolated.limitReached(allowed.limit());
            }
            limit = allowed.limit();
            number = allowed.used() + 1;
        } else {
            number = jdbc.sql("SELECT COUNT(*) FROM services_session WHERE case_id = ? AND kind = ?")
                            .params(referral.caseId().value(), referral.kind().name())
                            .query(Integer.class)
                            .single()
                    + 1;
        }
        var by = ProviderAccess.provider().username();
        var id = UUID.randomUUID();
        var sealed = sealedValues.seal(new SealedNote(note), AssociatedData.of("service-session", id, "note"));
        jdbc.sql("""
                        INSERT INTO services_session
                          (id, referral_id, case_id, kind, held_on, minutes, session_kind, note_sealed,
                           recorded_by, recorded_at, limit_in_force)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        referralId,
                        referral.caseId().value(),
                        referral.kind().name(),
                        session.heldOn(),
                        session.minutes(),
                        session.kind().name(),
                        sealed.ciphertext(),
                        by,
                        Timestamp.from(now),
                        limit)
                .update();
        referral.firstContact(now);
        referrals.save(referral);
        service.delivered(referral.id(), by, now);
        services.save(service);
        events.publishEvent(new ServiceSessionRecorded(
                referral.id(),
                referral.caseId(),
                referral.kind(),
                session.heldOn(),
                session.minutes(),
                number,
                limit,
                by,
                now));
        events.publishEvent(new CaseActivityNoted(
                referral.caseId(),
                "services",
                "SERVICE_SESSION_RECORDED",
                referral.kind().name() + " #" + number + (limit > 0 ? "/" + limit : ""),
                by,
                now));
        audit.record(
                AuditAction.CREATE,
                AuditSubject.of("service-session", id),
                referral.kind().name());
        return id;
    }
}
