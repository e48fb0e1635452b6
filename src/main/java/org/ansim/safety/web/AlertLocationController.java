package org.ansim.safety.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.ansim.alerts.AlertId;
import org.ansim.alerts.AlertKind;
import org.ansim.alerts.AlertPanel;
import org.ansim.alerts.AlertStatus;
import org.ansim.alerts.AlertView;
import org.ansim.alerts.Alerts;
import org.ansim.cases.CaseAccess;
import org.ansim.cases.CaseId;
import org.ansim.identity.Role;
import org.ansim.identity.StaffPrincipal;
import org.ansim.privacy.RevealReason;
import org.ansim.privacy.RevealRequest;
import org.ansim.referral.ReferredVictimAddresses;
import org.ansim.safety.internal.AlertLocations;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The console's panel for SOS, missed-arrival and device alerts: where the phone was (the SOS's position, or the
 * journey's last one), how old and how accurate, revealed for the dispatcher while the alert is open and audited; and
 * the registered home, sealed, revealed with a reason while the alert is open. Dispatchers and unit leads see it; a
 * case manager only for her own case.
 */
@Controller
@PreAuthorize("hasAnyRole('DISPATCHER', 'UNIT_LEAD', 'CASE_MANAGER')")
class AlertLocationController {

    private final Alerts alerts;
    private final AlertLocations locations;
    private final CaseAccess access;
    private final ReferredVictimAddresses addresses;
    private final Clock clock;

    AlertLocationController(
            Alerts alerts,
            AlertLocations locations,
            CaseAccess access,
            ReferredVictimAddresses addresses,
            Clock clock) {
        this.alerts = alerts;
        this.locations = locations;
        this.access = access;
        this.addresses = addresses;
        this.clock = clock;
    }

    @Bean
    static AlertPanel.Contributor safetyAlertPanels() {
        return () -> List.of(new AlertPanel(
                "/safety/alerts/{alertId}/location",
                "safety.panel.heading",
                10,
                Set.of(AlertKind.SOS, AlertKind.MISSED_ARRIVAL, AlertKind.DEVICE)));
    }

    private record Viewed(AlertView alert, AlertLocations.AlertSource source) {}

    @GetMapping("/safety/alerts/{alertId}/location")
    String panel(@PathVariable String alertId, Authentication viewer, Model model) {
        var viewed = visible(alertId, viewer);
        var open = viewed.alert().status() != AlertStatus.CLOSED;
        model.addAttribute("alert", viewed.alert());
        model.addAttribute("source", viewed.source());
        model.addAttribute("open", open);
        model.addAttribute(
                "hasHome", addresses.hasAddress(new CaseId(viewed.source().caseId())));
        if (open) {
            var position = locations.revealPosition(
                    viewed.source(),
                    new RevealReason("dispatching alert " + viewed.alert().alertId()));
            position.ifPresent(p -> {
                model.addAttribute("position", p);
                model.addAttribute(
                        "ageSeconds",
                        Math.max(0, Duration.between(p.at(), clock.instant()).toSeconds()));
            });
        }
        return "safety/alert-location :: panel";
    }

    @PostMapping("/safety/alerts/{alertId}/home/reveal")
    String revealHome(
            @PathVariable String alertId,
            @Valid RevealRequest request,
            BindingResult invalid,
            Authentication viewer,
            Model model) {
        var viewed = visible(alertId, viewer);
        if (invalid.hasErrors()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        if (viewed.alert().status() == AlertStatus.CLOSED) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        var address = addresses
                .reveal(new CaseId(viewed.source().caseId()), request.toReason())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("revealed", address.oneLine());
        return "privacy/reveal :: value";
    }

    @ExceptionHandler(ResponseStatusException.class)
    String refused(ResponseStatusException refused, HttpServletResponse response) {
        response.setStatus(refused.getStatusCode().value());
        return refused.getStatusCode().value() == 404 ? "error/404" : "error";
    }

    /** An alert of this module that the viewer may see; anything else is 404, so existence does not leak. */
    private Viewed visible(String alertId, Authentication viewer) {
        var id = PhoneApiController.uuid(alertId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var alert = alerts.find(new AlertId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var source = locations.sourceOf(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var staff = (StaffPrincipal) viewer.getPrincipal();
        var allowed = staff.hasRole(Role.DISPATCHER)
                || staff.hasRole(Role.UNIT_LEAD)
                || access.maySee(new CaseId(source.caseId()), staff);
        if (!allowed) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return new Viewed(alert, source);
    }
}
