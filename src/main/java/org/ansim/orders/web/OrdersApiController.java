package org.ansim.orders.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseSummary;
import org.ansim.cases.CaseVisibility;
import org.ansim.orders.OrderKind;
import org.ansim.orders.internal.ChangeOrder;
import org.ansim.orders.internal.MeasureTerms;
import org.ansim.orders.internal.OrderBook;
import org.ansim.orders.internal.OrderNotFound;
import org.ansim.orders.internal.OrderRejected;
import org.ansim.orders.internal.OrderRuleViolated;
import org.ansim.orders.internal.OrderState;
import org.ansim.orders.internal.OrderViolation;
import org.ansim.orders.internal.RecordOrder;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's protective orders for the staff who may see the case: the list with what is left of each, a new order in
 * the shape of INTERFACES.md {@code measures[]}, the court's extension, the judge's approval of an emergency measure,
 * and violations.
 */
@RestController
@PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
class OrdersApiController {

    record MeasureRequest(
            @NotNull OrderKind kind,
            @Nullable @Size(max = 5) String provisionalNo,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            @Nullable @Min(1) @Max(10_000) Integer approachBanMeters,
            @Nullable Boolean telecomBan,
            @Nullable OffsetDateTime approvedAt) {

        MeasureTerms toTerms() {
            return new MeasureTerms(
                    kind,
                    provisionalNo == null || provisionalNo.isBlank() ? null : provisionalNo,
                    startsOn,
                    endsOn,
                    approachBanMeters,
                    telecomBan,
                    approvedAt == null ? null : approvedAt.toInstant());
        }
    }

    record ExtensionRequest(@NotNull LocalDate endsOn) {}

    record ApprovalRequest(@NotNull OffsetDateTime approvedAt) {}

    record ViolationRequest(
            @NotNull OffsetDateTime occurredAt,
            @NotBlank @Size(max = 500) String place,

            @NotBlank @Size(max = OrderViolation.MAX_EVIDENCE)
            String evidenceReference) {}

    record ViolationAnswer(
            UUID id,
            UUID orderId,
            OffsetDateTime occurredAt,
            boolean placeSealed,
            String evidenceReference,
            String recordedBy,
            OffsetDateTime recordedAt) {

        static ViolationAnswer of(OrderViolation v) {
            return new ViolationAnswer(
                    v.id(),
                    v.orderId(),
                    seoul(v.occurredAt()),
                    true,
                    v.evidenceReference(),
                    v.recordedBy(),
                    seoul(v.recordedAt()));
        }
    }

    record OrderAnswer(
            UUID id,
            OrderKind kind,
            @Nullable String provisionalNo,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate firstEndsOn,
            @Nullable Integer approachBanMeters,
            boolean telecomBan,
            boolean electronicMonitoring,
            OrderState state,
            long daysLeft,
            boolean expiring,
            int extensions,
            int maxExtensions,
            @Nullable OffsetDateTime approvalDueAt,
            @Nullable OffsetDateTime approvedAt,
            @Nullable OffsetDateTime cancelledAt,
            @Nullable String cancelReason,
            boolean fromPoliceReferral,
            String recordedBy,
            List<ViolationAnswer> violations) {

        static OrderAnswer of(OrderBook.Entry entry, LocalDate today) {
            var o = entry.order();
            var left = entry.state() == OrderState.CANCELLED || entry.state() == OrderState.LAPSED
                    ? 0
                    : java.time.temporal.ChronoUnit.DAYS.between(today, o.endsOn()) + 1;
            return new OrderAnswer(
                    o.id().value(),
                    o.kind(),
                    o.provisionalNo(),
                    o.startsOn(),
                    o.endsOn(),
                    o.firstEndsOn(),
                    o.approachBanMeters(),
                    o.telecomBan(),
                    o.electronicMonitoring(),
                    entry.state(),
                    Math.max(0, left),
                    entry.expiring(),
                    o.extensions(),
                    o.maxExtensions(),
                    seoul(o.approvalDueAt()),
                    seoul(o.approvedAt()),
                    seoul(o.cancelledAt()),
                    o.cancelReason(),
                    o.fromPoliceReferral(),
                    o.recordedBy(),
                    entry.violations().stream().map(ViolationAnswer::of).toList());
        }
    }

    private final CaseVisibility visibility;
    private final OrderBook book;
    private final RecordOrder record;
    private final ChangeOrder change;
    private final PolicySettings settings;
    private final AuditLog audit;

    OrdersApiController(
            CaseVisibility visibility,
            OrderBook book,
            RecordOrder record,
            ChangeOrder change,
            PolicySettings settings,
            AuditLog audit) {
        this.visibility = visibility;
        this.book = book;
        this.record = record;
        this.change = change;
        this.settings = settings;
        this.audit = audit;
    }

    @GetMapping("/api/v1/cases/{caseNumber}/orders")
    List<OrderAnswer> list(@PathVariable String caseNumber, Authentication authentication) {
        var found = visibility.requireVisible(caseNumber, authentication);
        audit.record(
                AuditAction.VIEW, AuditSubject.of("case-orders", found.number().value()));
        var today = settings.today();
        return book.of(found.id()).stream().map(e -> OrderAnswer.of(e, today)).toList();
    }

    @PostMapping("/api/v1/cases/{caseNumber}/orders")
    ResponseEntity<OrderAnswer> create(
            @PathVariable String caseNumber,
            @Valid @RequestBody MeasureRequest request,
            Authentication authentication) {
        var found = visibility.requireVisible(caseNumber, authentication);
        var order = record.execute(found, request.toTerms(), authentication.getName());
        return ResponseEntity.created(URI.create("/api/v1/cases/"
                        + found.number().value() + "/orders/" + order.id().value()))
                .body(answerFor(found, order.id().value()));
    }

    @PostMapping("/api/v1/cases/{caseNumber}/orders/{orderId}/extension")
    OrderAnswer extend(
            @PathVariable String caseNumber,
            @PathVariable UUID orderId,
            @Valid @RequestBody ExtensionRequest request,
            Authentication authentication) {
        var found = visibility.requireVisible(caseNumber, authentication);
        change.extend(found, orderId, request.endsOn(), authentication.getName());
        return answerFor(found, orderId);
    }

    @PostMapping("/api/v1/cases/{caseNumber}/orders/{orderId}/approval")
    OrderAnswer approve(
            @PathVariable String caseNumber,
            @PathVariable UUID orderId,
            @Valid @RequestBody ApprovalRequest request,
            Authentication authentication) {
        var found = visibility.requireVisible(caseNumber, authentication);
        change.approve(found, orderId, request.approvedAt().toInstant(), authentication.getName());
        return answerFor(found, orderId);
    }

    @PostMapping("/api/v1/cases/{caseNumber}/orders/{orderId}/violations")
    ResponseEntity<ViolationAnswer> violation(
            @PathVariable String caseNumber,
            @PathVariable UUID orderId,
            @Valid @RequestBody ViolationRequest request,
            Authentication authentication) {
        var found = visibility.requireVisible(caseNumber, authentication);
        var violation = change.recordViolation(
                found,
                orderId,
                request.occurredAt().toInstant(),
                request.place().strip(),
                request.evidenceReference().strip(),
                authentication.getName());
        return ResponseEntity.created(URI.create("/api/v1/cases/"
                        + found.number().value() + "/orders/" + orderId + "/violations/" + violation.id()))
                .body(ViolationAnswer.of(violation));
    }

    @ExceptionHandler(OrderRejected.class)
    ProblemDetail rejected(OrderRejected rejected) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are missing or invalid.");
        problem.setType(URI.create("https://ansim.seoul.go.kr/problems/invalid-request"));
        problem.setTitle("Bad Request");
        problem.setProperty("errors", List.of(Map.of("field", rejected.field(), "message", rejected.getMessage())));
        return problem;
    }

    @ExceptionHandler(OrderRuleViolated.class)
    ProblemDetail refused(OrderRuleViolated refused) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, refused.getMessage());
        problem.setType(URI.create("https://ansim.seoul.go.kr/problems/" + refused.problemType()));
        problem.setTitle("Order change refused");
        return problem;
    }

    @ExceptionHandler(OrderNotFound.class)
    ProblemDetail notFound(OrderNotFound notFound) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such order on this case.");
    }

    private OrderAnswer answerFor(CaseSummary found, UUID orderId) {
        var today = settings.today();
        return book.of(found.id()).stream()
                .filter(e -> e.order().id().value().equals(orderId))
                .findFirst()
                .map(e -> OrderAnswer.of(e, today))
                .orElseThrow(() -> new OrderNotFound(orderId));
    }

    private static @Nullable OffsetDateTime seoul(java.time.@Nullable Instant at) {
        return at == null ? null : at.atZone(PolicySettings.ZONE).toOffsetDateTime();
    }

    /** A case the caller may not see does not exist for her: 404 either way, so existence does not leak. */
}
