package org.ansim.alerts.internal;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Priority;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.ansim.alerts.AlertKind;
import org.ansim.alerts.AlertPanel;
import org.ansim.web.NavigationContributor;
import org.ansim.web.NavigationItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AlertProperties.class, ConsoleProperties.class})
class AlertsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AlertsConfiguration.class);

    @Bean
    NavigationContributor inboxNavigation() {
        return () -> List.of(
                NavigationItem.forRoles("/inbox", "alerts.inbox.nav", 10, "UNIT_LEAD", "CASE_MANAGER", "DISPATCHER"),
                NavigationItem.forRoles("/console", "alerts.console.nav", 11, "DISPATCHER", "UNIT_LEAD"));
    }

    /** The console's case summary panel (case number, status, police risk, case manager), for every kind. */
    @Bean
    AlertPanel.Contributor caseSummaryPanel() {
        return () -> List.of(new AlertPanel(
                "/console/alerts/{alertId}/case", "alerts.console.panel.case", 10, EnumSet.allOf(AlertKind.class)));
    }

    /**
     * One step of an alert's escalation ladder (instance id {@code <alertId>/<STEP>}). A failure (the database gone
     * for a moment) is retried a second later; the step is idempotent.
     */
    @Bean
    OneTimeTask<Void> alertEscalationTask(ObjectProvider<ClimbEscalationStep> climb) {
        return Tasks.oneTime(EscalationLadder.TASK)
                .defaultPriority(Priority.MEDIUM)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(1)))
                .execute((instance, context) -> EscalationLadder.parse(instance.getId())
                        .ifPresentOrElse(
                                step -> climb.getObject().execute(step.alertId(), step.step()),
                                () -> log.warn("Ignoring an escalation timer with a foreign id")));
    }
}
