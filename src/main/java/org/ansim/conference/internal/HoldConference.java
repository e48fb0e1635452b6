package org.ansim.conference.internal;

import java.time.Clock;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.conference.ConferenceId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit lead closes the meeting: its agenda is frozen as the record, each case on it counts as conferenced at the
 * meeting's time, or now if it closes early (the repeat rule's start), and is released from conference unless another meeting still has it.
 */
@Service
public class HoldConference {

    private final Meetings meetings;
    private final Agenda agenda;
    private final ConferenceCases cases;
    private final AuditLog audit;
    private final Clock clock;

    HoldConference(Meetings meetings, Agenda agenda, ConferenceCases cases, AuditLog audit, Clock clock) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('UNIT_LEAD')")
    @Transactional
    public void execute(ConferenceId id, String by) {
        var meeting = meetings.findForUpdate(id).orElseThrow(() -> new ConferenceNotFound("conference"));
        meeting.requireNotHeld();
        var now = clock.instant();
        meetings.held(id, by, now);
        agenda.conclude(id, cases, meeting.scheduledAt().isBefore(now) ? meeting.scheduledAt() : now);
        audit.record(AuditAction.CHANGE, AuditSubject.of("conference", id.value()), "held");
    }
}
