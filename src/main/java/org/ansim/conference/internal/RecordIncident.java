package org.ansim.conference.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseActivityNoted;
import org.ansim.cases.CaseId;
import org.ansim.cases.CaseLookup;
import org.ansim.cases.CaseReopening;
import org.ansim.cases.CaseStatus;
import org.ansim.cases.CaseSummary;
import org.ansim.conference.IncidentKind;
import org.ansim.conference.IncidentRecorded;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts a new incident for a case — from a police referral, an order violation, an SOS, or recorded by staff — once
 * per source, notes it on the timeline, and reopens a case in post-management or closed when the incident happened
 * after it got there (an incident known at closure reopens nothing).
 */
@Service
public class RecordIncident {

    public static final int MAX_DESCRIPTION = 500;

    private final IncidentRegister register;
    private final CaseReopening reopening;
    private final CaseLookup cases;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    RecordIncident(
            IncidentRegister register,
            CaseReopening reopening,
            CaseLookup cases,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock) {
        this.register = register;
        this.reopening = reopening;
        this.cases = cases;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** A case manager or the unit lead records an incident the victim or a partner reported. */
    @PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
    @Transactional
    public UUID byStaff(CaseSummary found, Instant occurredAt, String description, String by) {
        var now = clock.instant();
        if (occurredAt.isBefore(now.minus(Duration.ofDays(20 * 366)))) {
            throw new ConferenceRuleViolated("conference.error.incidentTooOld", "An incident within the last 20 years");
        }
        if (occurredAt.isAfter(now.plus(Duration.ofMinutes(5)))) {
            throw new ConferenceRuleViolated(
                    "conference.error.incidentInFuture", "An incident cannot be in the future");
        }
        var text = description.strip();
        if (text.isEmpty() || text.length() > MAX_DESCRIPTION || text.chars().anyMatch(Character::isISOControl)) {
            throw new ConferenceRuleViolated(
                    "conference.error.description", "A description of 1 to " + MAX_DESCRIPTION + " characters");
        }
        var id = fromSource(
                        found.id(), IncidentKind.STAFF_RECORDED, occurredAt, by, "staff:" + UUID.randomUUID(), text, by)
                .orElseThrow();
        audit.record(AuditAction.CREATE, AuditSubject.of("conference-incident", id));
        return id;
    }

    /** Counts the incident unless its source key was seen; answers its id when it is new. */
    @Transactional
    public Optional<UUID> fromSource(
            CaseId caseId,
            IncidentKind kind,
            Instant occurredAt,
            String source,
            String sourceKey,
            @Nullable String description,
            String by) {
        var now = clock.instant();
        var added = register.add(caseId, occurredAt, kind, source, sourceKey, description, by, now);
        added.ifPresent(id -> {
            events.publishEvent(new IncidentRecorded(id, caseId, kind, occurredAt, now));
            events.publishEvent(new CaseActivityNoted(caseId, "conference", "INCIDENT_RECORDED", kind.name(), by, now));
            if (cases.find(caseId)
                    .filter(found ->
                            found.status() == CaseStatus.POST_MANAGEMENT || found.status() == CaseStatus.CLOSED)
                    .filter(found -> occurredAt.isAfter(found.statusChangedAt()))
                    .isPresent()) {
                reopening.reopenOnNewIncident(caseId, by, now);
            }
        });
        return added;
    }

    /** The source took the incident back (a cancelled SOS). */
    @Transactional
    public void withdraw(String sourceKey) {
        register.withdraw(sourceKey, clock.instant());
    }
}
