package org.ansim.conference.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseAccess;
import org.ansim.cases.CaseVisibility;
import org.ansim.conference.ActionStatus;
import org.ansim.conference.AgendaReason;
import org.ansim.conference.ConferenceId;
import org.ansim.conference.IncidentKind;
import org.ansim.conference.internal.Agenda;
import org.ansim.conference.internal.Attendance;
import org.ansim.conference.internal.ConferenceNotFound;
import org.ansim.conference.internal.ConferenceRuleViolated;
import org.ansim.conference.internal.Discussion;
import org.ansim.conference.internal.FollowUps;
import org.ansim.conference.internal.HoldConference;
import org.ansim.conference.internal.IncidentRegister;
import org.ansim.conference.internal.Meeting;
import org.ansim.conference.internal.Meetings;
import org.ansim.conference.internal.RecordIncident;
import org.ansim.conference.internal.ResponsePlan;
import org.ansim.conference.internal.ScheduleConference;
import org.ansim.conference.internal.TaskList;
import org.ansim.identity.StaffPrincipal;
import org.ansim.settings.PolicySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The case conference for the unit: incidents on a case, the meetings and their agendas (each case with its reasons,
 * only the cases the caller may see), attendance, sealed notes, decisions, the response plan and its completion, the
 * caller's tasks, and the post-management check-ins.
 */
@RestController
class ConferenceApiController {

    record IncidentRequest(
            @NotNull OffsetDateTime occurredAt,

            @NotBlank @Size(max = RecordIncident.MAX_DESCRIPTION)
            String description) {}

    record IncidentAnswer(
            UUID id,
            OffsetDateTime occurredAt,
            IncidentKind kind,
            String source,
            @Nullable String description,
            String recordedBy,
            boolean withdrawn) {

        static IncidentAnswer of(IncidentRegister.Incident i) {
            return new IncidentAnswer(
                    i.id(),
                    seoul(i.occurredAt()),
                    i.kind(),
                    i.source(),
                    i.description(),
                    i.recordedBy(),
                    i.withdrawnAt() != null);
        }
    }

    record ScheduleRequest(@NotNull OffsetDateTime scheduledAt) {}

    record ConferenceAnswer(UUID id, OffsetDateTime scheduledAt, boolean regular, Meeting.Status status) {

        static ConferenceAnswer of(Meeting m) {
            return new ConferenceAnswer(m.id().value(), seoul(m.scheduledAt()), m.regular(), m.status());
        }
    }

    record AgendaItemAnswer(
            String caseNumber,
            Set<AgendaReason> reasons,
            @Nullable String addedBy,
            @Nullable String addedReason) {}

    record AgendaAnswer(
            UUID conferenceId, OffsetDateTime scheduledAt, Meeting.Status status, List<AgendaItemAnswer> items) {}

    record AddCaseRequest(
            @NotBlank @Size(max = 20) String caseNumber,
            @NotBlank @Size(max = 500) String reason) {}

    record AttendanceRequest(
            @Nullable @Size(max = 20) String role,
            @Nullable @Size(max = Attendance.MAX_TEXT) String username,
            @Nullable @Size(max = Attendance.MAX_TEXT) String guestName,
            @Nullable @Size(max = Attendance.MAX_TEXT) String organisation) {}

    record TextRequest(@NotBlank @Size(max = 20_000) String text) {}

    record ActionRequest(
            @NotBlank @Size(max = ResponsePlan.MAX_DESCRIPTION)
            String description,

            @NotBlank @Size(max = 64) String owner,
            @NotNull LocalDate dueOn) {}

    record ActionAnswer(
            UUID id,
            UUID conferenceId,
            String caseNumber,
            String description,
            String owner,
            LocalDate dueOn,
            ActionStatus status,
            boolean overdue) {

        static ActionAnswer of(ResponsePlan.Action a, LocalDate today) {
            return new ActionAnswer(
                    a.id(),
                    a.conferenceId().value(),
                    a.caseNumber(),
                    a.description(),
                    a.owner(),
                    a.dueOn(),
                    a.status(),
                    a.overdueOn(today));
        }
    }

    record CheckInAnswer(
            UUID id,
            String caseNumber,
            int monthsAfter,
            LocalDate dueOn,
            FollowUps.CheckInStatus status,
            boolean overdue,
            @Nullable String calledBy,
            @Nullable OffsetDateTime calledAt,
            @Nullable String outcome) {

        static CheckInAnswer of(FollowUps.CheckIn c, LocalDate today) {
            return new CheckInAnswer(
                    c.id(),
                    c.caseNumber(),
                    c.monthsAfter(),
                    c.dueOn(),
                    c.status(),
                    c.overdueOn(today),
                    c.calledBy(),
                    seoul(c.calledAt()),
                    c.outcome());
        }
    }

    record CheckInRequest(
            @NotNull OffsetDateTime calledAt,
            @NotBlank @Size(max = FollowUps.MAX_OUTCOME) String outcome) {}

    record TasksAnswer(int open, long overdue, List<ActionAnswer> actions, List<CheckInAnswer> checkIns) {}

    record CreatedAnswer(UUID id) {}

    private final CaseVisibility visibility;
    private final CaseAccess access;
    private final IncidentRegister incidents;
    private final RecordIncident recordIncident;
    private final Meetings meetings;
    private final ScheduleConference schedule;
    private final HoldConference hold;
    private final Agenda agenda;
    private final Attendance attendance;
    private final Discussion discussion;
    private final ResponsePlan plan;
    private final FollowUps followUps;
    private final TaskList tasks;
    private final PolicySettings settings;
    private final AuditLog audit;

    ConferenceApiController(
            CaseVisibility visibility,
            CaseAccess access,
            IncidentRegister incidents,
            RecordIncident recordIncident,
            Meetings meetings,
            ScheduleConference schedule,
            HoldConference hold,
            Agenda agenda,
            Attendance attendance,
            Discussion discussion,
            ResponsePlan plan,
            FollowUps followUps,
            TaskList tasks,
            PolicySettings settings,
            AuditLog audit) {
        this.visibility = visibility;
        this.access = access;
        this.incidents = incidents;
        this.recordIncident = recordIncident;
        this.meetings = meetings;
        this.schedule = schedule;
        this.hold = hold;
        this.agenda = agenda;
        this.attendance = attendance;
        this.discussion = discussion;
        this.plan = plan;
        this.followUps = followUps;
        this.tasks = tasks;
        this.settings = settings;
        this.audit = audit;
    }

    @GetMapping("/api/v1/cases/{caseNumber}/incidents")
    @PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD', 'PROFILER')")
    List<IncidentAnswer> incidents(@PathVariable String caseNumber, Authentication authentication) {
        var found = visibility.requireVisible(caseNumber, authentication);
        audit.record(
                AuditAction.VIEW,
                AuditSubject.of("case-incidents", found.number().value()));
        return incidents.of(found.id()).stream().map(IncidentAnswer::of).toList();
    }

    @PostMapping("/api/v1/cases/{caseNumber}/incidents")
    @PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
    ResponseEntity<CreatedAnswer> recordIncident(
            @PathVariable String caseNumber,
            @Valid @RequestBody IncidentRequest request,
            Authentication authentication) {
        var found = visibility.requireVisible(caseNumber, authentication);
        var id = recordIncident.byStaff(
                found, request.occurredAt().toInstant(), request.description(), authentication.getName());
        return ResponseEntity.created(
                        URI.create("/api/v1/cases/" + found.number().value() + "/incidents/" + id))
                .body(new CreatedAnswer(id));
    }

    @GetMapping("/api/v1/conferences")
    @PreAuthorize("hasAnyRole('UNIT_LEAD', 'CASE_MANAGER', 'PROFILER')")
    List<ConferenceAnswer> conferences(@RequestParam(defaultValue = "0") int page) {
        if (page < 0 || page > 10_000) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page is 0 to 10000");
        }
        return meetings.page(page * 50, 50).stream().map(ConferenceAnswer::of).toList();
    }

    @PostMapping("/api/v1/conferences")
    @PreAuthorize("hasRole('UNIT_LEAD')")
    ResponseEntity<ConferenceAnswer> schedule(
            @Valid @RequestBody ScheduleRequest request, Authentication authentication) {
        var meeting = schedule.execute(request.scheduledAt().toInstant(), authentication.getName());
        return ResponseEntity.created(URI.create("/api/v1/conferences/" + meeting.id()))
                .body(ConferenceAnswer.of(meeting));
    }

    @GetMapping("/api/v1/conferences/{id}/agenda")
    @PreAuthorize("hasAnyRole('UNIT_LEAD', 'CASE_MANAGER', 'PROFILER')")
    AgendaAnswer agenda(@PathVariable UUID id, Authentication authentication) {
        var meeting = meeting(id);
        agenda.refresh(meeting.id());
        var staff = (StaffPrincipal) authentication.getPrincipal();
        var items = agenda.items(meeting.id()).stream()
                .filter(item -> access.maySee(item.caseId(), staff))
                .map(item -> new AgendaItemAnswer(
                        item.caseNumber().value(), item.reasons(), item.addedBy(), item.addedReason()))
                .toList();
        audit.record(AuditAction.VIEW, AuditSubject.of("conference-agenda", id));
        return new AgendaAnswer(id, seoul(meeting.scheduledAt()), meeting.status(), items);
    }

    @PostMapping("/api/v1/conferences/{id}/agenda")
    @PreAuthorize("hasRole('UNIT_LEAD')")
    ResponseEntity<Void> addToAgenda(
            @PathVariable UUID id, @Valid @RequestBody AddCaseRequest request, Authentication authentication) {
        var meeting = meeting(id);
        var found = visibility.requireVisible(request.caseNumber(), authentication);
        agenda.add(meeting.id(), found.id(), found.number(), request.reason().strip(), authentication.getName());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/conferences/{id}/attendance")
    @PreAuthorize("hasRole('UNIT_LEAD')")
    ResponseEntity<CreatedAnswer> attend(
            @PathVariable UUID id, @Valid @RequestBody AttendanceRequest request, Authentication authentication) {
        var meeting = meeting(id);
        UUID attendee;
        if (request.guestName() != null && request.organisation() != null) {
            attendee = attendance.guest(
                    meeting.id(), request.guestName(), request.organisation(), authentication.getName());
        } else if (request.role() != null && request.username() != null) {
            attendee = attendance.expert(meeting.id(), request.role(), request.username(), authentication.getName());
        } else {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "Either role and username, or guestName and organisation");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(new CreatedAnswer(attendee));
    }

    @PostMapping("/api/v1/conferences/{id}/cases/{caseNumber}/notes")
    @PreAuthorize("hasAnyRole('UNIT_LEAD', 'CASE_MANAGER', 'PROFILER')")
    ResponseEntity<CreatedAnswer> note(
            @PathVariable UUID id,
            @PathVariable String caseNumber,
            @Valid @RequestBody TextRequest request,
            Authentication authentication) {
        var meeting = meeting(id);
        var found = visibility.requireVisible(caseNumber, authentication);
        var note = discussion.note(meeting.id(), found.id(), request.text(), authentication.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(new CreatedAnswer(note));
    }

    @PostMapping("/api/v1/conferences/{id}/cases/{caseNumber}/decisions")
    @PreAuthorize("hasRole('UNIT_LEAD')")
    ResponseEntity<CreatedAnswer> decide(
            @PathVariable UUID id,
            @PathVariable String caseNumber,
            @Valid @RequestBody TextRequest request,
            Authentication authentication) {
        var meeting = meeting(id);
        var found = visibility.requireVisible(caseNumber, authentication);
        var decision = discussion.decide(meeting.id(), found.id(), request.text(), authentication.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(new CreatedAnswer(decision));
    }

    @PostMapping("/api/v1/conferences/{id}/cases/{caseNumber}/actions")
    @PreAuthorize("hasRole('UNIT_LEAD')")
    ResponseEntity<ActionAnswer> planAction(
            @PathVariable UUID id,
            @PathVariable String caseNumber,
            @Valid @RequestBody ActionRequest request,
            Authentication authentication) {
        var meeting = meeting(id);
        var found = visibility.requireVisible(caseNumber, authentication);
        var action = plan.plan(
                meeting.id(),
                found.id(),
                found.number().value(),
                request.description(),
                request.owner(),
                request.dueOn(),
                authentication.getName());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(ActionAnswer.of(plan.find(action).orElseThrow(), settings.today()));
    }

    @PostMapping("/api/v1/conferences/{id}/closure")
    @PreAuthorize("hasRole('UNIT_LEAD')")
    ConferenceAnswer close(@PathVariable UUID id, Authentication authentication) {
        var meeting = meeting(id);
        hold.execute(meeting.id(), authentication.getName());
        return ConferenceAnswer.of(meeting(id));
    }

    @PostMapping("/api/v1/conference-actions/{actionId}/completion")
    @PreAuthorize("hasAnyRole('UNIT_LEAD', 'CASE_MANAGER', 'PROFILER')")
    ActionAnswer complete(@PathVariable UUID actionId, Authentication authentication) {
        var done = plan.complete(actionId, (StaffPrincipal) authentication.getPrincipal());
        return ActionAnswer.of(done, settings.today());
    }

    @GetMapping("/api/v1/me/tasks")
    @PreAuthorize("hasAnyRole('UNIT_LEAD', 'CASE_MANAGER', 'PROFILER')")
    TasksAnswer myTasks(Authentication authentication) {
        var mine = tasks.of((StaffPrincipal) authentication.getPrincipal());
        return new TasksAnswer(
                mine.open(),
                mine.overdue(),
                mine.actions().stream()
                        .map(a -> ActionAnswer.of(a, mine.today()))
                        .toList(),
                mine.checkIns().stream()
                        .map(c -> CheckInAnswer.of(c, mine.today()))
                        .toList());
    }

    @GetMapping("/api/v1/cases/{caseNumber}/check-ins")
    @PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
    List<CheckInAnswer> checkIns(@PathVariable String caseNumber, Authentication authentication) {
        var found = visibility.requireVisible(caseNumber, authentication);
        var today = settings.today();
        return followUps.ofCase(found.id()).stream()
                .map(c -> CheckInAnswer.of(c, today))
                .toList();
    }

    @PostMapping("/api/v1/cases/{caseNumber}/check-ins/{checkInId}")
    @PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
    CheckInAnswer recordCheckIn(
            @PathVariable String caseNumber,
            @PathVariable UUID checkInId,
            @Valid @RequestBody CheckInRequest request,
            Authentication authentication) {
        var found = visibility.requireVisible(caseNumber, authentication);
        var done = followUps.record(
                found.id(), checkInId, request.calledAt().toInstant(), request.outcome(), authentication.getName());
        return CheckInAnswer.of(done, settings.today());
    }

    @ExceptionHandler(ConferenceRuleViolated.class)
    ProblemDetail refused(ConferenceRuleViolated refused) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, refused.getMessage());
        problem.setType(URI.create("https://ansim.seoul.go.kr/problems/" + refused.problemType()));
        problem.setTitle("Refused by the conference's rules");
        return problem;
    }

    @ExceptionHandler(ConferenceNotFound.class)
    ProblemDetail notFound(ConferenceNotFound notFound) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, notFound.getMessage());
    }

    private Meeting meeting(UUID id) {
        return meetings.find(new ConferenceId(id)).orElseThrow(() -> new ConferenceNotFound("conference"));
    }

    static @Nullable OffsetDateTime seoul(java.time.@Nullable Instant at) {
        return at == null ? null : at.atZone(PolicySettings.ZONE).toOffsetDateTime();
    }

    /** A case the caller may not see does not exist for her: 404 either way, so existence does not leak. */
}
