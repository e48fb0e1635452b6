package org.ansim.alerts.web;

import java.util.List;
import java.util.Optional;
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
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The unit's inbox: every open REFERRAL alert, newest first, kept live by {@code js/inbox.js} from the alert stream.
 * The unit lead assigns a case from here through the cases module's own assignment form handler; the assignment
 * acknowledges the alert.
 */
@Controller
@RequestMapping("/inbox")
@PreAuthorize("hasAnyRole('UNIT_LEAD', 'CASE_MANAGER', 'DISPATCHER')")
class InboxPageController {

    private final AlertTable table;
    private final CaseLookup caseLookup;
    private final CaseAccess caseAccess;
    private final CaseManagers caseManagers;

    InboxPageController(AlertTable table, CaseLookup caseLookup, CaseAccess caseAccess, CaseManagers caseManagers) {
        this.table = table;
        this.caseLookup = caseLookup;
        this.caseAccess = caseAccess;
        this.caseManagers = caseManagers;
    }

    @GetMapping
    String inbox(Model model) {
        var staff = CurrentStaff.find();
        var rows = table.findNewestFirst(Optional.of(AlertStatus.OPEN)).stream()
                .filter(alert -> alert.kind() == AlertKind.REFERRAL)
                .map(alert -> InboxRow.of(
                        alert,
                        CaseNumber.isWellFormed(alert.caseNumber())
                                ? caseLookup
                                        .find(new CaseNumber(alert.caseNumber()))
                                        .filter(found -> staff.map(s -> caseAccess.maySee(found.id(), s))
                                                .orElse(false))
                                : Optional.<CaseSummary>empty()))
                .toList();
        var assigns = staff.map(s -> s.role() == Role.UNIT_LEAD).orElse(false);
        model.addAttribute("rows", rows);
        model.addAttribute("assigns", assigns);
        model.addAttribute("caseManagers", assigns ? caseManagers.usernames() : List.of());
        return "alerts/inbox";
    }

    /** One open referral, with what the viewer may know of its case (nothing when she may not see it). */
    record InboxRow(
            AlertView alert,
            @Nullable String channel,
            @Nullable String caseManager) {

        static InboxRow of(AlertView alert, Optional<CaseSummary> caseSummary) {
            return new InboxRow(
                    alert,
                    caseSummary.map(found -> found.channel().name()).orElse(null),
                    caseSummary.flatMap(CaseSummary::caseManager).orElse(null));
        }
    }
}
