package org.ansim.alerts.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ansim.alerts.AlertId;
import org.ansim.alerts.AlertKind;
import org.ansim.alerts.AlertPanel;
import org.ansim.alerts.Alerts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * For the console tests, in place of the safety module's location panel: an SOS whose summary starts with
 * {@value #SUMMARY} was sent from Seoul City Hall; every other alert gets 204 (nothing to show).
 */
@Configuration(proxyBeanMethods = false)
class TestLocationPanel {

    static final String SUMMARY = "Test SOS near City Hall";

    @Bean
    AlertPanel.Contributor testLocationPanelContributor() {
        return () -> List.of(new AlertPanel(
                "/test-panels/{alertId}/location", "alerts.console.map.position", 5, Set.of(AlertKind.SOS)));
    }

    @Controller
    static class LocationController {

        private final Alerts alerts;

        LocationController(Alerts alerts) {
            this.alerts = alerts;
        }

        @GetMapping("/test-panels/{alertId}/location")
        @ResponseBody
        ResponseEntity<String> location(@PathVariable UUID alertId) {
            return alerts.find(new AlertId(alertId))
                    .filter(alert -> alert.summary().startsWith(SUMMARY))
                    .map(alert -> ResponseEntity.ok()
                            .contentType(MediaType.TEXT_HTML)
                            .body("<p class=\"test-location\" data-alert-lat=\"37.56650\" data-alert-lon=\"126.97800\""
                                    + " data-alert-accuracy=\"25\" data-alert-label=\"Phone\">Phone at 37.5665,"
                                    + " 126.9780</p>"))
                    .orElseGet(() -> ResponseEntity.noContent().build());
        }
    }
}
