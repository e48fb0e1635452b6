package org.ansim.orders.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseSummary;
import org.ansim.cases.CaseTab;
import org.ansim.cases.CaseVisibility;
import org.ansim.orders.OrderKind;
import org.ansim.orders.internal.ChangeOrder;
import org.ansim.orders.internal.MeasureTerms;
import org.ansim.orders.internal.OrderBook;
import org.ansim.orders.internal.OrderNotFound;
import org.ansim.orders.internal.OrderRejected;
import org.ansim.orders.internal.OrderRuleViolated;
import org.ansim.orders.internal.RecordOrder;
import org.ansim.privacy.RevealReason;
import org.ansim.settings.PolicySettings;
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
 * The orders tab of a case: every order with the days left and a warning when its lapse is near, and the forms to add
 * an order, record the judge's approval, an extension and a violation.
 */
@Controller
@PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
class OrdersPagesController {

    private final CaseVisibility visibility;
    private final OrderBook book;
    private final RecordOrder record;
    private final ChangeOrder change;
    private final PolicySettings settings;
    private final AuditLog audit;

    OrdersPagesController(
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

    @Bean
    static CaseTab.Contributor ordersTab() {
        return () -> List.of(new CaseTab("orders", "orders.tab", 35, Set.of("CASE_MANAGER", "UNIT_LEAD")));
    }

    @GetMapping("/cases/{caseNumber}/orders")
    String page(@PathVariable String caseNumber, Authentication authentication, Model model) {
        var found = visibility.requireVisible(caseNumber, authentication);
        audit.record(
                AuditAction.VIEW, AuditSubject.of("case-orders", found.number().value()));
        var today = settings.today();
        var entries = book.of(found.id());
        model.addAttribute("caseNumber", found.number().value());
        model.addAttribute(
                "orders",
                entries.stream()
                        .map(e -> OrdersApiController.OrderAnswer.of(e, today))
                        .toList());
        model.addAttribute("expiring", entries.stream().anyMatch(OrderBook.Entry::expiring));
        model.addAttribute("kinds", OrderKind.values());
        model.addAttribute("today", today);
        model.addAttribute(
                "now", LocalDateTime.now(PolicySettings.ZONE).withSecond(0).withNano(0));
        return "orders/case-orders";
    }

    @PostMapping("/cases/{caseNumber}/orders")
    String create(
            @PathVariable String caseNumber,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String provisionalNo,
            @RequestParam(required = false) @Nullable String startsOn,
            @RequestParam(required = false) @Nullable String endsOn,
            @RequestParam(required = false) @Nullable String approachBanMeters,
            @RequestParam(required = false) @Nullable String telecomBan,
            Authentication authentication,
            RedirectAttributes redirect) {
        var found = visibility.requireVisible(caseNumber, authentication);
        try {
            var meters = approachBanMeters == null || approachBanMeters.isBlank()
                    ? null
                    : Integer.valueOf(approachBanMeters.strip());
            record.execute(
                    found,
                    new MeasureTerms(
                            OrderKind.valueOf(kind == null ? "" : kind.strip()),
                            provisionalNo == null || provisionalNo.isBlank() ? null : provisionalNo.strip(),
                            date(startsOn, "startsOn"),
                            date(endsOn, "endsOn"),
                            meters,
                            telecomBan != null,
                            null),
                    authentication.getName());
            redirect.addFlashAttribute("done", "orders.done.recorded");
        } catch (OrderRejected rejected) {
            return refused(found, redirect, "orders.refused.field." + rejected.field(), rejected.getMessage());
        } catch (OrderRuleViolated refused) {
            return refused(found, redirect, "orders.refused.rule", refused.getMessage());
        } catch (IllegalArgumentException invalid) {
            return refused(found, redirect, "orders.refused.invalid", null);
        }
        return back(found);
    }

    @PostMapping("/cases/{caseNumber}/orders/{orderId}/extension")
    String extend(
            @PathVariable String caseNumber,
            @PathVariable String orderId,
            @RequestParam(required = false) @Nullable String endsOn,
            Authentication authentication,
            RedirectAttributes redirect) {
        var found = visibility.requireVisible(caseNumber, authentication);
        return act(
                found,
                redirect,
                "orders.done.extended",
                () -> change.extend(found, id(orderId), date(endsOn, "endsOn"), authentication.getName()));
    }

    @PostMapping("/cases/{caseNumber}/orders/{orderId}/approval")
    String approve(
            @PathVariable String caseNumber,
            @PathVariable String orderId,
            @RequestParam(required = false) @Nullable String approvedAt,
            Authentication authentication,
            RedirectAttributes redirect) {
        var found = visibility.requireVisible(caseNumber, authentication);
        return act(
                found,
                redirect,
                "orders.done.approved",
                () -> change.approve(found, id(orderId), time(approvedAt, "approvedAt"), authentication.getName()));
    }

    @PostMapping("/cases/{caseNumber}/orders/{orderId}/violations")
    String violation(
            @PathVariable String caseNumber,
            @PathVariable String orderId,
            @RequestParam(required = false) @Nullable String occurredAt,
            @RequestParam(required = false) @Nullable String place,
            @RequestParam(required = false) @Nullable String evidenceReference,
            Authentication authentication,
            RedirectAttributes redirect) {
        var found = visibility.requireVisible(caseNumber, authentication);
        if (place == null || place.isBlank() || place.length() > 500) {
            return refused(found, redirect, "orders.refused.field.place", null);
        }
        if (evidenceReference == null || evidenceReference.isBlank() || evidenceReference.length() > 200) {
            return refused(found, redirect, "orders.refused.field.evidenceReference", null);
        }
        return act(
                found,
                redirect,
                "orders.done.violation",
                () -> change.recordViolation(
                        found,
                        id(orderId),
                        time(occurredAt, "occurredAt"),
                        place.strip(),
                        evidenceReference.strip(),
                        authentication.getName()));
    }

    @PostMapping("/cases/{caseNumber}/orders/violations/{violationId}/reveal")
    String revealPlace(
            @PathVariable String caseNumber,
            @PathVariable String violationId,
            @RequestParam(required = false) @Nullable String reason,
            Authentication authentication,
            Model model) {
        var found = visibility.requireVisible(caseNumber, authentication);
        try {
            model.addAttribute(
                    "revealed",
                    book.revealPlace(found.id(), id(violationId), new RevealReason(reason == null ? "" : reason)));
        } catch (OrderNotFound | IllegalArgumentException notFound) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "privacy/reveal :: value";
    }

    @ExceptionHandler(ResponseStatusException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    private String act(CaseSummary found, RedirectAttributes redirect, String doneKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", doneKey);
        } catch (OrderNotFound notFound) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (OrderRejected rejected) {
            return refused(found, redirect, "orders.refused.field." + rejected.field(), rejected.getMessage());
        } catch (OrderRuleViolated refused) {
            return refused(found, redirect, "orders.refused.rule", refused.getMessage());
        }
        return back(found);
    }

    private static UUID id(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            throw new OrderNotFound(new UUID(0, 0));
        }
    }

    private static LocalDate date(@Nullable String text, String field) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException invalid) {
            throw new OrderRejected(field, "is not a date");
        }
    }

    private static java.time.Instant time(@Nullable String text, String field) {
        try {
            return LocalDateTime.parse(text == null ? "" : text.strip())
                    .atZone(PolicySettings.ZONE)
                    .toInstant();
        } catch (DateTimeParseException invalid) {
            throw new OrderRejected(field, "is not a time");
        }
    }

    private static String refused(
            CaseSummary found, RedirectAttributes redirect, String reasonKey, @Nullable String detail) {
        redirect.addFlashAttribute("refused", reasonKey);
        redirect.addFlashAttribute("refusedDetail", detail);
        return back(found);
    }

    private static String back(CaseSummary found) {
        return "redirect:/cases/" + found.number().value() + "/orders";
    }
}
