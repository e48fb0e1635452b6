package org.ansim.alerts.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ansim.alerts.AlertId;
import org.ansim.alerts.AlertKind;
import org.ansim.alerts.AlertOutcome;
import org.ansim.alerts.AlertPanel;
import org.ansim.alerts.AlertStatus;
import org.ansim.alerts.AlertView;
import org.ansim.alerts.DispatchKind;
import org.ansim.alerts.internal.AlertActions;
import org.ansim.alerts.internal.AlertTable;
import org.ansim.alerts.internal.ConsoleProperties;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseAccess;
import org.ansim.cases.CaseLookup;
import org.ansim.cases.CaseNumber;
import org.ansim.cases.CaseSummary;
import org.ansim.identity.CaseManagers;
import org.ansim.identity.CurrentStaff;
import org.ansim.identity.Role;
import org.ansim.identity.StaffPrincipal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The dispatcher console: every alert not yet closed (referrals excepted: they have the inbox), urgent first, newest
 * first, kept live by {@code js/console.js} from the alert stream; an alert's detail with the panels other modules
 * contribute ({@link AlertPanel}), the map, the record of what was done and the actions, which the page sends to the
 * alerts API. The case summary panel is this module's own.
 */
@Controller
@RequestMapping("/console")
@PreAuthorize("hasAnyRole('DISPATCHER', 'UNIT_LEAD')")
class ConsolePageController {

    private final AlertTable table;
    private final AlertActions actions;
    private final ObjectProvider<AlertPanel.Contributor> panels;
    private final ConsoleProperties properties;
    private final CaseLookup caseLookup;
    private final CaseAccess caseAccess;
    private final CaseManagers caseManagers;
    private final AuditLog auditLog;

    ConsolePageController(
            AlertTable table,
            AlertActions actions,
            ObjectProvider<AlertPanel.Contributor> panels,
            ConsoleProperties properties,
            CaseLookup caseLookup,
            CaseAccess caseAccess,
            CaseManagers caseManagers,
            AuditLog auditLog) {
        this.table = table;
        this.actions = actions;
        this.panels = panels;
        this.properties = properties;
        this.caseLookup = caseLookup;
        this.caseAccess = caseAccess;
        this.caseManagers = caseManagers;
        this.auditLog = auditLog;
    }

    @GetMapping
    String console(Model model) {
        var after = table.latestSequence();
        var alerts = table.findOpenForConsole();
        model.addAttribute("alerts", alerts);
        model.addAttribute("openTotal", Math.max(alerts.size(), table.countOpenForConsole()));
        model.addAttribute("after", after);
        model.addAttribute("tilesUrl", properties.tilesUrl());
        model.addAttribute("tilesAttribution", properties.tilesAttribution());
        return "alerts/console";
    }

    /** One row, for an alert that arrived (or changed) while the page was open. */
    @GetMapping("/rows/{alertId}")
    String row(@PathVariable String alertId, Model model) {
        model.addAttribute("alert", consoleAlert(alertId));
        model.addAttribute("fresh", true);
        return "alerts/console :: row(alert=${alert},fresh=${fresh})";
    }

    /** The alert's detail: its state, the panels, the map, what was done, and the actions its state allows. */
    @GetMapping("/alerts/{alertId}")
    String detail(@PathVariable String alertId, Model model) {
        var alert = consoleAlert(alertId);
        model.addAttribute("alert", alert);
        model.addAttribute("panels", panelsVisibleTo(alert, CurrentStaff.find()));
        model.addAttribute("actions", actions.findFor(alert.alertId()));
        model.addAttribute("escalations", actions.findEscalationsOf(alert.alertId()));
        model.addAttribute(
                "outcomes",
                java.util.Arrays.stream(AlertOutcome.values())
                        .filter(outcome -> outcome != AlertOutcome.CANCELLED_BY_VICTIM)
                        .toList());
        model.addAttribute("dispatchKinds", DispatchKind.values());
        return "alerts/console-detail :: detail";
    }

    /**
     * The case summary panel: case number, status, police risk level, assigned case manager — no personal data. A unit
     * lead sees it for every case ({@link CaseAccess}); a dispatcher, who has no case access otherwise, only while the
     * alert is not closed (need-to-know for the live alert). Every look is audited. 204 when there is nothing to show
     * (a case number the cases module does not know), so the console leaves the panel out.
     */
    @GetMapping("/alerts/{alertId}/case")
    ModelAndView casePanel(@PathVariable String alertId) {
        var alert = consoleAlert(alertId);
        var staff = CurrentStaff.find().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        var summary = Optional.of(alert.caseNumber())
                .filter(CaseNumber::isWellFormed)
                .flatMap(number -> caseLookup.find(new CaseNumber(number)));
        if (summary.isEmpty()) {
            var nothing = new ModelAndView("alerts/console-detail :: nothing");
            nothing.setStatus(HttpStatus.NO_CONTENT);
            return nothing;
        }
        if (!mayViewCaseOf(alert, summary.get(), staff)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        auditLog.record(
                AuditAction.VIEW,
                AuditSubject.of("case", summary.get().number()),
                "dispatcher console: alert " + alert.alertId());
        var manager = summary.get()
                .caseManager()
                .map(username -> caseManagers.displayNames().getOrDefault(username, username));
        return new ModelAndView(
                "alerts/console-detail :: case-panel", Map.of("summary", summary.get(), "manager", manager.orElse("")));
    }

    private boolean mayViewCaseOf(AlertView alert, CaseSummary summary, StaffPrincipal staff) {
        if (staff.role() == Role.DISPATCHER) {
            return alert.status() != AlertStatus.CLOSED;
        }
        return caseAccess.maySee(summary.id(), staff);
    }

    /**
     * A dispatcher sees what other modules reveal about an alert (the location, the case) only while it is not closed;
     * a unit lead's access is decided by each panel.
     */
    private List<AlertPanel> panelsVisibleTo(AlertView alert, Optional<StaffPrincipal> staff) {
        if (alert.status() == AlertStatus.CLOSED
                && staff.map(s -> s.role() == Role.DISPATCHER).orElse(true)) {
            return List.of();
        }
        return panelsFor(alert);
    }

    private List<AlertPanel> panelsFor(AlertView alert) {
        return panels.orderedStream()
                .flatMap(contributor -> contributor.alertPanels().stream())
                .filter(panel -> panel.kinds().contains(alert.kind()))
                .sorted(Comparator.comparingInt(AlertPanel::order))
                .toList();
    }

    private AlertView consoleAlert(String alertId) {
        return parse(alertId)
                .flatMap(table::findById)
                .filter(found -> found.kind() != AlertKind.REFERRAL)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Optional<AlertId> parse(String alertId) {
        try {
            return Optional.of(new AlertId(UUID.fromString(alertId)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
