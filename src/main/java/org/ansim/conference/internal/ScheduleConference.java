package org.ansim.conference.internal;

import java.time.Clock;
import java.time.Instant;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.conference.ConferenceId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The unit lead calls a conference besides the regular monthly one; its agenda fills itself at once. */
@Service
public class ScheduleConference {

    private final Meetings meetings;
    private final Agenda agenda;
    private final AuditLog audit;
    private final Clock clock;

    ScheduleConference(Meetings meetings, Agenda agenda, AuditLog audit, Clock clock) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('UNIT_LEAD')")
    @Transactional
    public Meeting execute(Instant at, String by) {
        var now = clock.instant();
        if (at.isBefore(now.minusSeconds(60))) {
            throw new ConferenceRuleViolated("conference.error.inThePast", "A conference is scheduled in the future");
        }
        if (at.isAfter(now.plusSeconds(366L * 24 * 3600))) {
            throw new ConferenceRuleViolated("conference.error.tooFar", "A conference is scheduled within a year");
        }
        var meeting = new Meeting(ConferenceId.random(), at, false, Meeting.Status.SCHEDULED, by, null);
        meetings.insert(meeting, now);
        agenda.refresh(meeting.id());
        audit.record(
                AuditAction.CREATE, AuditSubject.of("conference", meeting.id().value()));
        return meeting;
    }
}
