package org.ansim.alerts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ansim.alerts.AlertId;
import org.ansim.alerts.AlertKind;
import org.ansim.alerts.AlertPriority;
import org.ansim.alerts.AlertStatus;
import org.ansim.alerts.AlertView;
import org.ansim.alerts.internal.AcknowledgeAlert;
import org.ansim.alerts.internal.Alert;
import org.ansim.alerts.internal.AlertLifecycleViolation;
import org.ansim.alerts.internal.AlertStream;
import org.ansim.alerts.internal.AlertTable;
import org.ansim.alerts.internal.CloseAlert;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Live alerts for staff: the stream, the list, acknowledging and closing (INTERFACES.md "Live alerts"). */
@RestController
@RequestMapping("/api/v1/alerts")
class AlertsApiController {

    static final String WATCHERS = "hasAnyRole('DISPATCHER', 'UNIT_LEAD', 'CASE_MANAGER')";
    static final String RESPONDERS = "hasAnyRole('DISPATCHER', 'UNIT_LEAD')";

    private final AlertStream stream;
    private final AlertTable table;
    private final AcknowledgeAlert acknowledgeAlert;
    private final CloseAlert closeAlert;

    AlertsApiController(AlertStream stream, AlertTable table, AcknowledgeAlert acknowledge, CloseAlert close) {
        this.stream = stream;
        this.table = table;
        this.acknowledgeAlert = acknowledge;
        this.closeAlert = close;
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

    @PostMapping("/{id}/closure")
    @PreAuthorize(RESPONDERS)
    AlertResponse close(@PathVariable UUID id, @Valid @RequestBody ClosureRequest request) {
        return AlertResponse.of(closeAlert.execute(new AlertId(id), request.outcome()));
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
     * @param outcome what came of it, e.g. "Police attended; false alarm", at most 500 characters
     */
    record ClosureRequest(
            @NotBlank @Size(max = Alert.MAX_OUTCOME) String outcome) {}

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
            @Nullable String outcome) {
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
                    view.outcome());
        }
    }
}
