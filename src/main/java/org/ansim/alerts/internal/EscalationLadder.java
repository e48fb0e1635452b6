package org.ansim.alerts.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.ansim.alerts.AlertId;
import org.ansim.alerts.EscalationStep;
import org.ansim.cases.CaseLookup;
import org.ansim.cases.CaseNumber;
import org.ansim.cases.CaseSummary;
import org.ansim.settings.PolicySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The escalation ladder's timers. An urgent alert (its kind's priority is HIGH: SOS, missed arrival, device) gets a
 * durable one-time timer for its next step, due one interval after the previous one: {@value #INTERVAL} seconds, or
 * {@value #INTERVAL_HIGH_RISK} when the police rated the case's risk HIGH (read through the cases module's public
 * {@link CaseLookup}; the kind alone does not tell one SOS from another). Both settings are read on the day the alert
 * is raised and kept on the alert. Each timer is an execution of the {@value #TASK} task whose instance id is the
 * alert id and the step ({@code <alertId>/<STEP>}), so it fires once, on any node, after a restart too. Everything here
 * runs in the caller's transaction.
 */
@Component
class EscalationLadder {

    static final String TASK = "alerts-escalation";
    static final String INTERVAL = "alerts.acknowledge-within";
    static final String INTERVAL_HIGH_RISK = "alerts.acknowledge-within-high-risk";

    private static final Logger log = LoggerFactory.getLogger(EscalationLadder.class);

    private final ObjectProvider<SchedulerClient> timers;
    private final PolicySettings settings;
    private final CaseLookup cases;

    EscalationLadder(ObjectProvider<SchedulerClient> timers, PolicySettings settings, CaseLookup cases) {
        this.timers = timers;
        this.settings = settings;
        this.cases = cases;
    }

    /** Starts the ladder of a newly raised urgent alert: its first step is due one interval from now. */
    void start(Alert alert) {
        if (!alert.view().urgent()) {
            return;
        }
        var highRisk = highRisk(alert.view().caseNumber());
        var today = settings.today();
        var seconds = settings.number(highRisk ? INTERVAL_HIGH_RISK : INTERVAL, today);
        var due = alert.startLadder(Math.toIntExact(seconds), highRisk);
        schedule(alert.alertId(), EscalationStep.first(), due);
    }

    void schedule(AlertId alertId, EscalationStep step, Instant due) {
        timers.getObject().schedule(new TaskInstance<Void>(TASK, instanceId(alertId, step)), due);
    }

    /**
     * The alert was taken on or closed: its next step will not come. If the timer is running at this very moment it
     * finds the alert no longer open and changes nothing.
     */
    void stop(Alert alert) {
        alert.pendingStep().ifPresent(step -> {
            var id = TaskInstanceId.of(TASK, instanceId(alert.alertId(), step));
            try {
                var client = timers.getObject();
                client.getScheduledExecution(id)
                        .filter(execution -> !execution.isPicked())
                        .ifPresent(execution -> client.cancel(id));
            } catch (RuntimeException alreadyGone) {
                log.debug("Escalation {} was gone before it could be cancelled", id, alreadyGone);
            }
        });
    }

    static String instanceId(AlertId alertId, EscalationStep step) {
        return alertId + "/" + step.name();
    }

    /** The alert and step of a timer's instance id, empty for an id this module never wrote. */
    static Optional<Step> parse(String instanceId) {
        var slash = instanceId.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Step(
                    new AlertId(UUID.fromString(instanceId.substring(0, slash))),
                    EscalationStep.valueOf(instanceId.substring(slash + 1))));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    record Step(AlertId alertId, EscalationStep step) {}

    private boolean highRisk(String caseNumber) {
        if (!CaseNumber.isWellFormed(caseNumber)) {
            return false;
        }
        return cases.find(new CaseNumber(caseNumber))
                .map(CaseSummary::policeRiskLevel)
                .filter("HIGH"::equals)
                .isPresent();
    }
}
