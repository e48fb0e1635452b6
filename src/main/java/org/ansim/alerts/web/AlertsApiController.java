package org.ansim.alerts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ansim.alerts.AlertId;
import org.ansim.alerts.AlertKind;
import org.ansim.alerts.AlertOutcome;
import org.ansim.alerts.AlertPriority;
import org.ansim.alerts.AlertStatus;
import org.ansim.alerts.AlertView;
import org.ansim.alerts.DispatchKind;
import org.ansim.alerts.EscalationStep;
import org.ansim.alerts.internal.AcknowledgeAlert;
import org.ansim.alerts.internal.Alert;
import org.ansim.alerts.internal.AlertAction;
import org.ansim.alerts.internal.AlertLifecycleViolation;
import org.ansim.alerts.internal.AlertStream;
import org.ansim.alerts.internal.AlertTable;
import org.ansim.alerts.internal.CallPolice;
import org.ansim.alerts.internal.CloseAlert;
import org.ansim.alerts.internal.DispatchHelp;
import org.ansim.alerts.internal.UnknownAlert;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live alerts for staff: the stream, the list, and the dispatcher's actions — acknowledging, calling the police,
 * dispatching a guard or companion, closing with an outcome (INTERFACES.md "Live alerts").
 */
@RestController
@RequestMapping("/api/v1/alerts")
class AlertsApiController {

    static final String WATCHERS = "hasAnyRole('DISPATCHER', 'UNIT_LEAD', 'CASE_MANAGER')";
    static final String RESPONDERS = "hasAnyRole('DISPATCHER', 'UNIT_LEAD')";

    private final AlertStream stream;
    private final AlertTable table;
    private final AcknowledgeAlert acknowledgeAlert;
    private final CloseAlert closeAlert;
    private final CallPolice callPolice;
    private final DispatchHelp dispatchHelp;

    AlertsApiController(
            AlertStream stream,
            AlertTable table,
            AcknowledgeAlert acknowledge,
            CloseAlert close,
            CallPolice callPolice,
            DispatchHelp dispatchHelp) {
        this.stream = stream;
        this.table = table;
        this.acknowledgeAlert = acknowledge;
        this.closeAlert = close;
        this.callPolice = callPolice;
        this.dispatchHelp = dispatchHelp;
    }

    /**
     * Server-Sent Events: {@code event: alert}, {@code id: <sequence>}, {@code data: {alertId, kind, caseNumber,
     * raisedAt, status}}, for every alert raised or changed on any node. With {@code Last-Event-ID}, first the latest
     * state of everything that changed after that id; a page that cannot set the header on its first connection
     * passes the newest sequence it was rendered with as {@code ?after=} instead (the header wins on reconnects). A
     * comment line every 15 s keeps proxies from closing it. Answers 406 to a client that does not accept
     * {@code text/event-stream}.
     */
    @GetMapping("/stream")
    @PreAuthorize(WATCHERS)
    SseEmitter stream(
            HttpServletRequest request,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId,
            @RequestParam(name = "after", required = false) @Nullable String after) {
        if (!acceptsEventStream(request)) {
            throw new ResponseStatusException(HttpStatus.NOT_ACCEPTABLE, "This is a text/event-stream resource.");
        }
        return stream.subscribe(sequence(lastEventId != null ? lastEventId : after));
    }

    /** The newest alerts first (at most 200), optionally only those in one status. */
    @GetMapping
    @PreAuthorize(WATCHERS)
    List<AlertResponse> list(@RequestParam(required = false) @Nullable AlertStatus status) {
        return table.findNewestFirst(Optional.ofNullable(status)).stream()
                .map(AlertResponse::of)
                .toList();
    }

    @PostMapping("/{id}/acknowledgement")
    @PreAuthorize(RESPONDERS)
    AlertResponse acknowledge(@PathVariable UUID id) {
        return AlertResponse.of(acknowledgeAlert.execute(new AlertId(id)));
    }

    /** Closes an alert with one of the outcomes ({@code FALSE_ALARM} among them); 409 if it is closed already. */
    @PostMapping("/{id}/closure")
    @PreAuthorize(RESPONDERS)
    AlertResponse close(@PathVariable UUID id, @Valid @RequestBody ClosureRequest request) {
        return AlertResponse.of(closeAlert.execute(new AlertId(id), request.outcome(), request.note()));
    }

    /**
     * Records that the police (112) were called about the alert, with who and when; an open alert is taken on at the
     * same time. 201 with the recorded call; 409 once the alert is closed.
     */
    @PostMapping("/{id}/police-calls")
    @PreAuthorize(RESPONDERS)
    @ResponseStatus(HttpStatus.CREATED)
    ActionResponse callPolice(
            @PathVariable UUID id, @Valid @RequestBody(required = false) @Nullable NoteRequest request) {
        return ActionResponse.of(callPolice.execute(new AlertId(id), request == null ? null : request.note()), table);
    }

    /**
     * Sends a guard or a companion for the alert: recorded with who and when, announced as {@code AlertDispatched}; an
     * open alert is taken on at the same time. 201 with the recorded dispatch; 409 once the alert is closed.
     */
    @PostMapping("/{id}/dispatches")
    @PreAuthorize(RESPONDERS)
    @ResponseStatus(HttpStatus.CREATED)
    ActionResponse dispatch(@PathVariable UUID id, @Valid @RequestBody DispatchRequest request) {
        return ActionResponse.of(dispatchHelp.execute(new AlertId(id), request.kind(), request.note()), table);
    }

    @ExceptionHandler(UnknownAlert.class)
    ProblemDetail unknown(UnknownAlert e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no alert with this id.");
    }

    @ExceptionHandler(AlertLifecycleViolation.class)
    ProblemDetail wrongState(AlertLifecycleViolation e) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "The alert is " + e.status() + "; this action is not possible now.");
        problem.setProperty("alertStatus", e.status().name());
        return problem;
    }

    private static boolean acceptsEventStream(HttpServletRequest request) {
        try {
            for (var header : Collections.list(request.getHeaders(HttpHeaders.ACCEPT))) {
                for (var type : MediaType.parseMediaTypes(header)) {
                    if (type.includes(MediaType.TEXT_EVENT_STREAM)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (InvalidMediaTypeException malformed) {
            return false;
        }
    }

    /** A Last-Event-ID we did not send (not a number) is ignored: the stream starts from now. */
    private static @Nullable Long sequence(@Nullable String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank() || lastEventId.length() > 19) {
            return null;
        }
        try {
            var value = Long.parseLong(lastEventId.strip());
            return value < 0 ? null : value;
        } catch (NumberFormatException notOurs) {
            return null;
        }
    }

    /**
     * Closing an alert.
     *
     * @param outcome what came of it
     * @param note optional, at most 500 characters; required for {@code OTHER}
     */
    record ClosureRequest(
            @NotNull AlertOutcome outcome,
            @Nullable @Size(max = Alert.MAX_OUTCOME) String note) {

        @AssertTrue(message = "an outcome OTHER needs a note")
        boolean isNoteGivenForOther() {
            return outcome != AlertOutcome.OTHER || (note != null && !note.isBlank());
        }
    }

    /** @param note optional, at most 500 characters, e.g. "112 call, incident number 2026-1234" */
    record NoteRequest(
            @Nullable @Size(max = AlertAction.MAX_NOTE) String note) {}

    /**
     * Sending help.
     *
     * @param kind {@code GUARD} or {@code COMPANION}
     * @param note optional, at most 500 characters
     */
    record DispatchRequest(
            @NotNull DispatchKind kind,
            @Nullable @Size(max = AlertAction.MAX_NOTE) String note) {}

    /** A recorded police call or dispatch, and the alert's status after it. */
    record ActionResponse(
            UUID actionId,
            UUID alertId,
            AlertAction.Kind kind,
            @Nullable DispatchKind dispatchKind,
            @Nullable String note,
            String recordedBy,
            Instant recordedAt,
            AlertStatus alertStatus) {
        static ActionResponse of(AlertAction action, AlertTable table) {
            var status = table.findById(action.alertId()).map(AlertView::status).orElse(AlertStatus.ACKNOWLEDGED);
            return new ActionResponse(
                    action.id(),
                    action.alertId().value(),
                    action.kind(),
                    action.dispatchKind(),
                    action.note(),
                    action.recordedBy(),
                    action.recordedAt(),
                    status);
        }
    }

    record AlertResponse(
            UUID alertId,
            AlertKind kind,
            String caseNumber,
            String summary,
            AlertPriority priority,
            boolean silent,
            AlertStatus status,
            long sequence,
            Instant raisedAt,
            @Nullable Instant acknowledgedAt,
            @Nullable String acknowledgedBy,
            @Nullable Instant closedAt,
            @Nullable String closedBy,
            @Nullable String outcome,
            @Nullable String outcomeNote,
            @Nullable EscalationStep escalationStep) {
        static AlertResponse of(AlertView view) {
            return new AlertResponse(
                    view.alertId().value(),
                    view.kind(),
                    view.caseNumber(),
                    view.summary(),
                    view.priority(),
                    view.silent(),
                    view.status(),
                    view.sequence(),
                    view.raisedAt(),
                    view.acknowledgedAt(),
                    view.acknowledgedBy(),
                    view.closedAt(),
                    view.closedBy(),
                    view.outcome(),
                    view.outcomeNote(),
                    view.escalationStep());
        }
    }
}
