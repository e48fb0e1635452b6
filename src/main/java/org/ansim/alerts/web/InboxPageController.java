package org.ansim.alerts.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ansim.alerts.AlertId;
import org.ansim.alerts.AlertKind;
import org.ansim.alerts.AlertStatus;
import org.ansim.alerts.AlertView;
import org.ansim.alerts.internal.AlertTable;
import org.ansim.cases.CaseAccess;
import org.ansim.cases.CaseLookup;
import org.ansim.cases.CaseNumber;
import org.ansim.cases.CaseSummary;
import org.ansim.identity.CaseManagers;
import org.ansim.identity.CurrentStaff;
import org.ansim.identity.Role;
import org.ansim.identity.StaffPrincipal;
import org.ansim.settings.PolicySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The unit's inbox: every open REFERRAL alert, newest first, with what the viewer may know of its case. Kept live by
 * {@code js/inbox.js}: the alert stream says a referral arrived, and the page asks here for its row, rendered by the
 * same fragment as the first page. The unit lead assigns a case from here through the cases module's own assignment
 * form handler; the assignment acknowledges the alert.
 */
@Controller
@RequestMapping("/inbox")
@PreAuthorize("hasAnyRole('UNIT_LEAD', 'CASE_MANAGER', 'DISPATCHER')")
class InboxPageController {

    private final AlertTable table;
    private final CaseLookup caseLookup;
    private final CaseAccess caseAccess;
    private final CaseManagers caseManagers;
    private final Clock clock;

    InboxPageController(
            AlertTable table, CaseLookup caseLookup, CaseAccess caseAccess, CaseManagers caseManagers, Clock clock) {
        this.table = table;
        this.caseLookup = caseLookup;
        this.caseAccess = caseAccess;
        this.caseManagers = caseManagers;
        this.clock = clock;
    }

    @GetMapping
    String inbox(Model model) {
        var staff = CurrentStaff.find();
        var after = table.latestSequence();
        var managers = caseManagers.displayNames();
        var rows = table.findNewestFirst(AlertKind.REFERRAL, AlertStatus.OPEN).stream()
                .map(alert -> InboxRow.of(alert, visibleCase(alert, staff), managers))
                .toList();
        common(model, staff);
        model.addAttribute("rows", rows);
        model.addAttribute("after", after);
        return "alerts/inbox";
    }

    /** One row, for a referral that arrived while the page was open. */
    @GetMapping("/rows/{alertId}")
    String row(@PathVariable String alertId, Model model) {
        var staff = CurrentStaff.find();
        var alert = parse(alertId)
                .flatMap(table::findById)
                .filter(found -> found.kind() == AlertKind.REFERRAL)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        common(model, staff);
        model.addAttribute("row", InboxRow.of(alert, visibleCase(alert, staff), caseManagers.displayNames()));
        model.addAttribute("fresh", true);
        return "alerts/inbox :: row(row=${row},fresh=${fresh})";
    }

    private void common(Model model, Optional<StaffPrincipal> staff) {
        var assigns = staff.map(s -> s.role() == Role.UNIT_LEAD).orElse(false);
        model.addAttribute("assigns", assigns);
        model.addAttribute("caseManagers", assigns ? caseManagers.all() : List.of());
        model.addAttribute("today", LocalDate.now(clock.withZone(PolicySettings.ZONE)));
    }

    private Optional<CaseSummary> visibleCase(AlertView alert, Optional<StaffPrincipal> staff) {
        if (!CaseNumber.isWellFormed(alert.caseNumber()) || staff.isEmpty()) {
            return Optional.empty();
        }
        return caseLookup
                .find(new CaseNumber(alert.caseNumber()))
                .filter(found -> caseAccess.maySee(found.id(), staff.get()));
    }

    private static Optional<AlertId> parse(String alertId) {
        try {
            return Optional.of(new AlertId(UUID.fromString(alertId)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** One open referral, with what the viewer may know of its case (nothing when she may not see it). */
    record InboxRow(
            AlertView alert,
            @Nullable CaseSummary caseSummary,
            @Nullable String caseManagerName) {

        static InboxRow of(AlertView alert, Optional<CaseSummary> caseSummary, Map<String, String> names) {
            var manager = caseSummary.flatMap(CaseSummary::caseManager);
            return new InboxRow(
                    alert,
                    caseSummary.orElse(null),
                    manager.map(username -> names.getOrDefault(username, username))
                            .orElse(null));
        }
    }
}
