package org.ansim.conference.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseAccess;
import org.ansim.cases.CaseTab;
import org.ansim.cases.CaseVisibility;
import org.ansim.conference.ConferenceId;
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
import org.ansim.identity.CaseManagers;
import org.ansim.identity.Role;
import org.ansim.identity.StaffPrincipal;
import org.ansim.privacy.RevealReason;
import org.ansim.settings.PolicySettings;
import org.ansim.web.HomePanel;
import org.ansim.web.NavigationContributor;
import org.ansim.web.NavigationItem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The conference's pages: the list of meetings (and scheduling one), the meeting itself — agenda with reasons,
 * attendance, sealed notes, decisions and the response plan — the staff member's task list, and the case tab.
 */
@Controller
class ConferencePagesController {

    /** One case of the meeting page with what was said, decided and planned for it. */
    record CaseAtMeeting(
            Agenda.Item item,
            List<Discussion.Note> notes,
            List<Discussion.Decision> decisions,
            List<ResponsePlan.Action> actions) {}

    private final CaseVisibility visibility;
    private final CaseAccess access;
    private final Meetings meetings;
    private final ScheduleConference schedule;
    private final HoldConference hold;
    private final Agenda agenda;
    private final Attendance attendance;
    private final Discussion discussion;
    private final ResponsePlan plan;
    private final FollowUps followUps;
    private final IncidentRegister incidents;
    private final RecordIncident recordIncident;
    private final TaskList tasks;
    private final CaseManagers caseManagers;
    private final PolicySettings settings;
    private final AuditLog audit;

    ConferencePagesController(
            CaseVisibility visibility,
            CaseAccess access,
            Meetings meetings,
            ScheduleConference schedule,
            HoldConference hold,
            Agenda agenda,
            Attendance attendance,
            Discussion discussion,
            ResponsePlan plan,
            FollowUps followUps,
            IncidentRegister incidents,
            RecordIncident recordIncident,
            TaskList tasks,
            CaseManagers caseManagers,
            PolicySettings settings,
            AuditLog audit) {
        this.visibility = visibility;
        this.access = access;
        this.meetings = meetings;
        this.schedule = schedule;
        this.hold = hold;
        this.agenda = agenda;
        this.attendance = attendance;
        this.discussion = discussion;
        this.plan = plan;
        this.followUps = followUps;
        this.incidents = incidents;
        this.recordIncident = recordIncident;
        this.tasks = tasks;
        this.caseManagers = caseManagers;
        this.settings = settings;
        this.audit = audit;
    }

    @Bean
    static NavigationContributor conferenceNavigation() {
        return () -> List.of(
                NavigationItem.forRoles("/conferences", "conference.nav", 40, "UNIT_LEAD", "CASE_MANAGER", "PROFILER"),
                NavigationItem.forRoles(
                        "/my-tasks", "conference.tasks.nav", 12, "UNIT_LEAD", "CASE_MANAGER", "PROFILER"));
    }

    /** The home page says how many tasks are open and how many overdue, for the roles that have a task list. */
    @Bean
    static HomePanel.Contributor myTasksPanel(TaskList tasks) {
        return user -> {
            if (!(user.getPrincipal() instanceof StaffPrincipal staff)
                    || !Set.of(Role.UNIT_LEAD, Role.CASE_MANAGER, Role.PROFILER).contains(staff.role())) {
                return Optional.empty();
            }
            return Optional.of(new HomePanel("conference/home-panel", "myTasks", tasks.of(staff), 5));
        };
    }

    @Bean
    static CaseTab.Contributor conferenceTab() {
        return () -> List.of(
                new CaseTab("conference", "conference.tab", 40, Set.of("CASE_MANAGER", "UNIT_LEAD", "PROFILER")));
    }

    // ---- the list of meetings

    @GetMapping("/conferences")
    @PreAuthorize("hasAnyRole('UNIT_LEAD', 'CASE_MANAGER', 'PROFILER')")
    String list(@RequestParam(defaultValue = "0") int page, Authentication authentication, Model model) {
        model.addAttribute("lead", isLead(authentication));
        var current = Math.max(0, Math.min(page, 10_000));
        var found = meetings.page(current * 20, 21);
        model.addAttribute("meetings", found.stream().limit(20).toList());
        model.addAttribute("page", current);
        model.addAttribute("hasNext", found.size() > 20);
        model.addAttribute(
                "suggested",
                LocalDateTime.now(PolicySettings.ZONE)
                        .plusDays(7)
                        .withHour(14)
                        .withMinute(0)
                        .withSecond(0)
                        .withNano(0));
        return "conference/list";
    }

    @PostMapping("/conferences")
    @PreAuthorize("hasRole('UNIT_LEAD')")
    String schedule(
            @RequestParam(required = false) @Nullable String scheduledAt,
            Authentication authentication,
            RedirectAttributes redirect) {
        try {
            var at = LocalDateTime.parse(scheduledAt == null ? "" : scheduledAt.strip())
                    .atZone(PolicySettings.ZONE)
                    .toInstant();
            var meeting = schedule.execute(at, authentication.getName());
            redirect.addFlashAttribute("done", "conference.done.scheduled");
            return "redirect:/conferences/" + meeting.id();
        } catch (DateTimeParseException invalid) {
            redirect.addFlashAttribute("refused", "conference.error.when");
        } catch (ConferenceRuleViolated refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:/conferences";
    }

    // ---- one meeting

    @GetMapping("/conferences/{id}")
    @PreAuthorize("hasAnyRole('UNIT_LEAD', 'CASE_MANAGER', 'PROFILER')")
    String meeting(@PathVariable String id, Authentication authentication, Model model) {
        var meeting = meeting(id);
        agenda.refresh(meeting.id());
        var staff = (StaffPrincipal) authentication.getPrincipal();
        var cases = new ArrayList<CaseAtMeeting>();
        var planned = plan.ofConference(meeting.id());
        for (var item : agenda.items(meeting.id())) {
            if (!access.maySee(item.caseId(), staff)) {
                continue;
            }
            cases.add(new CaseAtMeeting(
                    item,
                    discussion.notes(meeting.id(), item.caseId()),
                    discussion.decisions(item.caseId()).stream()
                            .filter(d -> d.conferenceId().equals(meeting.id()))
                            .toList(),
                    planned.stream()
                            .filter(a -> a.caseId().equals(item.caseId()))
                            .toList()));
        }
        audit.record(
                AuditAction.VIEW,
                AuditSubject.of("conference-agenda", meeting.id().value()));
        model.addAttribute("meeting", meeting);
        model.addAttribute("lead", isLead(authentication));
        model.addAttribute("cases", cases);
        model.addAttribute("attendees", attendance.of(meeting.id()));
        model.addAttribute(
                "expertRoles", Attendance.EXPERT_ROLES.stream().sorted().toList());
        model.addAttribute("caseManagers", caseManagers.all());
        model.addAttribute("today", settings.today());
        return "conference/meeting";
    }

    @PostMapping("/conferences/{id}/agenda")
    @PreAuthorize("hasRole('UNIT_LEAD')")
    String addToAgenda(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String caseNumber,
            @RequestParam(required = false) @Nullable String reason,
            Authentication authentication,
            RedirectAttributes redirect) {
        var meeting = meeting(id);
        var found = visibility.findVisible(caseNumber == null ? null : caseNumber.strip(), authentication);
        if (found.isEmpty()) {
            redirect.addFlashAttribute("refused", "conference.error.noSuchCase");
        } else if (reason == null || reason.isBlank() || reason.length() > 500) {
            redirect.addFlashAttribute("refused", "conference.error.reason");
        } else {
            return attempt(
                    meeting,
                    redirect,
                    "conference.done.added",
                    () -> agenda.add(
                            meeting.id(),
                            found.get().id(),
                            found.get().number(),
                            reason.strip(),
                            authentication.getName()));
        }
        return back(meeting);
    }

    @PostMapping("/conferences/{id}/attendance")
    @PreAuthorize("hasRole('UNIT_LEAD')")
    String attend(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String role,
            @RequestParam(required = false) @Nullable String username,
            @RequestParam(required = false) @Nullable String guestName,
            @RequestParam(required = false) @Nullable String organisation,
            Authentication authentication,
            RedirectAttributes redirect) {
        var meeting = meeting(id);
        if (guestName != null && !guestName.isBlank()) {
            return attempt(
                    meeting,
                    redirect,
                    "conference.done.attended",
                    () -> attendance.guest(
                            meeting.id(),
                            guestName,
                            organisation == null ? "" : organisation,
                            authentication.getName()));
        }
        return attempt(
                meeting,
                redirect,
                "conference.done.attended",
                () -> attendance.expert(
                        meeting.id(),
                        role == null ? "" : role,
                        username == null ? "" : username,
                        authentication.getName()));
    }

    @PostMapping("/conferences/{id}/cases/{caseNumber}/notes")
    @PreAuthorize("hasAnyRole('UNIT_LEAD', 'CASE_MANAGER', 'PROFILER')")
    String note(
            @PathVariable String id,
            @PathVariable String caseNumber,
            @RequestParam(required = false) @Nullable String text,
            Authentication authentication,
            RedirectAttributes redirect) {
        var meeting = meeting(id);
        var found = visibility.requireVisible(caseNumber, authentication);
        return attempt(
                meeting,
                redirect,
                "conference.done.noted",
                () -> discussion.note(meeting.id(), found.id(), text == null ? "" : text, authentication.getName()));
    }

    @PostMapping("/conferences/{id}/cases/{caseNumber}/notes/{noteId}/reveal")
    @PreAuthorize("hasAnyRole('UNIT_LEAD', 'CASE_MANAGER', 'PROFILER')")
    String revealNote(
            @PathVariable String id,
            @PathVariable String caseNumber,
            @PathVariable String noteId,
            @RequestParam(required = false) @Nullable String reason,
            Authentication authentication,
            Model model) {
        var found = visibility.requireVisible(caseNumber, authentication);
        RevealReason why;
        try {
            why = new RevealReason(reason == null ? "" : reason);
        } catch (IllegalArgumentException tooShort) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        var text = discussion
                .reveal(uuid(noteId), found.id(), why)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("revealed", text);
        return "privacy/reveal :: value";
    }

    @PostMapping("/conferences/{id}/cases/{caseNumber}/decisions")
    @PreAuthorize("hasRole('UNIT_LEAD')")
    String decide(
            @PathVariable String id,
            @PathVariable String caseNumber,
            @RequestParam(required = false) @Nullable String text,
            Authentication authentication,
            RedirectAttributes redirect) {
        var meeting = meeting(id);
        var found = visibility.requireVisible(caseNumber, authentication);
        return attempt(
                meeting,
                redirect,
                "conference.done.decided",
                () -> discussion.decide(meeting.id(), found.id(), text == null ? "" : text, authentication.getName()));
    }

    @PostMapping("/conferences/{id}/cases/{caseNumber}/actions")
    @PreAuthorize("hasRole('UNIT_LEAD')")
    String planAction(
            @PathVariable String id,
            @PathVariable String caseNumber,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable String owner,
            @RequestParam(required = false) @Nullable String dueOn,
            Authentication authentication,
            RedirectAttributes redirect) {
        var meeting = meeting(id);
        var found = visibility.requireVisible(caseNumber, authentication);
        LocalDate due;
        try {
            due = LocalDate.parse(dueOn == null ? "" : dueOn.strip());
        } catch (DateTimeParseException invalid) {
            redirect.addFlashAttribute("refused", "conference.error.dueOn");
            return back(meeting);
        }
        return attempt(
                meeting,
                redirect,
                "conference.done.planned",
                () -> plan.plan(
                        meeting.id(),
                        found.id(),
                        found.number().value(),
                        description == null ? "" : description,
                        owner == null ? "" : owner,
                        due,
                        authentication.getName()));
    }

    @PostMapping("/conferences/{id}/closure")
    @PreAuthorize("hasRole('UNIT_LEAD')")
    String close(@PathVariable String id, Authentication authentication, RedirectAttributes redirect) {
        var meeting = meeting(id);
        return attempt(
                meeting, redirect, "conference.done.held", () -> hold.execute(meeting.id(), authentication.getName()));
    }

    // ---- my tasks

    @GetMapping("/my-tasks")
    @PreAuthorize("hasAnyRole('UNIT_LEAD', 'CASE_MANAGER', 'PROFILER')")
    String myTasks(Authentication authentication, Model model) {
        model.addAttribute("tasks", tasks.of((StaffPrincipal) authentication.getPrincipal()));
        return "conference/tasks";
    }

    @PostMapping("/my-tasks/actions/{actionId}/completion")
    @PreAuthorize("hasAnyRole('UNIT_LEAD', 'CASE_MANAGER', 'PROFILER')")
    String complete(@PathVariable String actionId, Authentication authentication, RedirectAttributes redirect) {
        plan.complete(uuid(actionId), (StaffPrincipal) authentication.getPrincipal());
        redirect.addFlashAttribute("done", "conference.done.completed");
        return "redirect:/my-tasks";
    }

    // ---- the case tab

    @GetMapping("/cases/{caseNumber}/conference")
    @PreAuthorize("hasAnyRole('UNIT_LEAD', 'CASE_MANAGER', 'PROFILER')")
    String caseTab(@PathVariable String caseNumber, Authentication authentication, Model model) {
        var found = visibility.requireVisible(caseNumber, authentication);
        audit.record(
                AuditAction.VIEW,
                AuditSubject.of("case-conference", found.number().value()));
        model.addAttribute("caseNumber", found.number().value());
        model.addAttribute("status", found.status());
        model.addAttribute("incidents", incidents.of(found.id()));
        model.addAttribute("placements", agenda.historyOf(found.id()));
        model.addAttribute("decisions", discussion.decisions(found.id()));
        model.addAttribute("actions", plan.ofCase(found.id()));
        model.addAttribute("checkIns", followUps.ofCase(found.id()));
        model.addAttribute("today", settings.today());
        model.addAttribute(
                "now", LocalDateTime.now(PolicySettings.ZONE).withSecond(0).withNano(0));
        return "conference/case-conference";
    }

    @PostMapping("/cases/{caseNumber}/incidents")
    @PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
    String recordIncident(
            @PathVariable String caseNumber,
            @RequestParam(required = false) @Nullable String occurredAt,
            @RequestParam(required = false) @Nullable String description,
            Authentication authentication,
            RedirectAttributes redirect) {
        var found = visibility.requireVisible(caseNumber, authentication);
        try {
            var at = LocalDateTime.parse(occurredAt == null ? "" : occurredAt.strip())
                    .atZone(PolicySettings.ZONE)
                    .toInstant();
            recordIncident.byStaff(found, at, description == null ? "" : description, authentication.getName());
            redirect.addFlashAttribute("done", "conference.done.incident");
        } catch (DateTimeParseException invalid) {
            redirect.addFlashAttribute("refused", "conference.error.when");
        } catch (ConferenceRuleViolated refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:/cases/" + found.number().value() + "/conference";
    }

    @PostMapping("/cases/{caseNumber}/check-ins/{checkInId}")
    @PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
    String recordCheckIn(
            @PathVariable String caseNumber,
            @PathVariable String checkInId,
            @RequestParam(required = false) @Nullable String calledAt,
            @RequestParam(required = false) @Nullable String outcome,
            Authentication authentication,
            RedirectAttributes redirect) {
        var found = visibility.requireVisible(caseNumber, authentication);
        try {
            var at = LocalDateTime.parse(calledAt == null ? "" : calledAt.strip())
                    .atZone(PolicySettings.ZONE)
                    .toInstant();
            followUps.record(found.id(), uuid(checkInId), at, outcome == null ? "" : outcome, authentication.getName());
            redirect.addFlashAttribute("done", "conference.done.checkIn");
        } catch (DateTimeParseException invalid) {
            redirect.addFlashAttribute("refused", "conference.error.when");
        } catch (ConferenceRuleViolated refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:/cases/" + found.number().value() + "/conference";
    }

    @ExceptionHandler({ResponseStatusException.class, ConferenceNotFound.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    private String attempt(Meeting meeting, RedirectAttributes redirect, String done, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("done", done);
        } catch (ConferenceRuleViolated refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return back(meeting);
    }

    private static boolean isLead(Authentication authentication) {
        return authentication.getPrincipal() instanceof StaffPrincipal staff && staff.role() == Role.UNIT_LEAD;
    }

    private static String back(Meeting meeting) {
        return "redirect:/conferences/" + meeting.id();
    }

    private Meeting meeting(String id) {
        return meetings.find(new ConferenceId(uuid(id))).orElseThrow(() -> new ConferenceNotFound("conference"));
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException malformed) {
            throw new ConferenceNotFound("conference");
        }
    }
}
