package org.ansim.alerts.web;

import org.ansim.alerts.internal.ServiceLevels;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The console's service levels: time to acknowledge and to close (p50/p90 per week) and the share of false alarms,
 * as charts ({@code js/service-levels.js}, Chart.js) over a table that carries the same figures.
 */
@Controller
@PreAuthorize("hasAnyRole('DISPATCHER', 'UNIT_LEAD')")
class ServiceLevelsPageController {

    static final int WEEKS = 12;

    private final ServiceLevels serviceLevels;

    ServiceLevelsPageController(ServiceLevels serviceLevels) {
        this.serviceLevels = serviceLevels;
    }

    @GetMapping("/console/service-levels")
    String serviceLevels(Model model) {
        var weeks = serviceLevels.findLastWeeks(WEEKS);
        long closed = weeks.stream().mapToLong(ServiceLevels.Week::closed).sum();
        long falseAlarms =
                weeks.stream().mapToLong(ServiceLevels.Week::falseAlarms).sum();
        model.addAttribute("weeks", weeks);
        model.addAttribute("weekCount", WEEKS);
        model.addAttribute("closed", closed);
        model.addAttribute("falseAlarms", falseAlarms);
        model.addAttribute("falseAlarmPercent", closed == 0 ? 0 : Math.round(100.0 * falseAlarms / closed));
        return "alerts/service-levels";
    }
}
