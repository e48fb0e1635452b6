package org.ansim.alerts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.ansim.alerts.AlertKind;
import org.ansim.alerts.AlertMother;
import org.ansim.alerts.AlertOutcome;
import org.ansim.alerts.AlertPriority;
import org.ansim.alerts.AlertStatus;
import org.ansim.alerts.DispatchKind;
import org.ansim.alerts.EscalationStep;
import org.ansim.alerts.RaiseAlert;
import org.ansim.identity.Role;
import org.junit.jupiter.api.Test;

/** The alert's lifecycle rules, without Spring or a database. */
class AlertLifecycleTests {

    static final Instant RAISED = Instant.parse("2026-03-01T12:00:00Z");
    static final Instant LATER = RAISED.plusSeconds(42);

    @Test
    void aRaisedAlertIsOpenWithItsKindsPriority() {
        var sos = Alert.raise(AlertMother.sos(), RAISED, 1);
        var referral = Alert.raise(AlertMother.referral(), RAISED, 2);

        assertThat(sos.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(sos.view().priority()).isEqualTo(AlertPriority.HIGH);
        assertThat(referral.view().priority()).isEqualTo(AlertPriority.NORMAL);
        assertThat(sos.raised().sequence()).isEqualTo(1);
    }

    @Test
    void safetyAlertsAreHighPriorityAndOthersNormal() {
        assertThat(AlertKind.SOS.priority()).isEqualTo(AlertPriority.HIGH);
        assertThat(AlertKind.MISSED_ARRIVAL.priority()).isEqualTo(AlertPriority.HIGH);
        assertThat(AlertKind.DEVICE.priority()).isEqualTo(AlertPriority.HIGH);
        assertThat(AlertKind.ORDER_EXPIRING.priority()).isEqualTo(AlertPriority.NORMAL);
        assertThat(AlertKind.REFERRAL.priority()).isEqualTo(AlertPriority.NORMAL);
    }

    @Test
    void aDuressAlertIsSilent() {
        assertThat(Alert.raise(AlertMother.duress(), RAISED, 1).view().silent()).isTrue();
    }

    @Test
    void acknowledgingRecordsWhoAndWhenAndTakesANewSequence() {
        var alert = Alert.raise(AlertMother.sos(), RAISED, 1);

        var event = alert.acknowledge("demo-dispatcher", LATER, 7);

        assertThat(alert.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(alert.view().acknowledgedBy()).isEqualTo("demo-dispatcher");
        assertThat(alert.view().acknowledgedAt()).isEqualTo(LATER);
        assertThat(alert.sequence()).isEqualTo(7);
        assertThat(event.acknowledgedBy()).isEqualTo("demo-dispatcher");
        assertThat(event.sequence()).isEqualTo(7);
    }

    @Test
    void anAlertIsAcknowledgedOnlyOnce() {
        var alert = Alert.raise(AlertMother.sos(), RAISED, 1);
        alert.acknowledge("demo-dispatcher", LATER, 2);

        assertThatThrownBy(() -> alert.acknowledge("demo-unit-lead", LATER, 3))
                .isInstanceOf(AlertLifecycleViolation.class);
        assertThat(alert.view().acknowledgedBy()).isEqualTo("demo-dispatcher");
    }

    @Test
    void aClosedAlertCannotBeAcknowledgedOrClosedAgain() {
        var alert = Alert.raise(AlertMother.sos(), RAISED, 1);
        alert.close("demo-dispatcher", LATER, AlertOutcome.FALSE_ALARM, "bell pressed by a child", 2);

        assertThatThrownBy(() -> alert.acknowledge("demo-dispatcher", LATER, 3))
                .isInstanceOf(AlertLifecycleViolation.class);
        assertThatThrownBy(() -> alert.close("demo-dispatcher", LATER, AlertOutcome.VICTIM_SAFE, null, 3))
                .isInstanceOf(AlertLifecycleViolation.class);
        assertThat(alert.sequence()).isEqualTo(2);
    }

    @Test
    void closingRecordsWhoWhenAndTheOutcome() {
        var alert = Alert.raise(AlertMother.sos(), RAISED, 1);
        alert.acknowledge("demo-dispatcher", RAISED.plusSeconds(5), 2);

        var event = alert.close("demo-unit-lead", LATER, AlertOutcome.POLICE_ATTENDED, "  victim safe  ", 3);

        var view = alert.view();
        assertThat(view.status()).isEqualTo(AlertStatus.CLOSED);
        assertThat(view.closedBy()).isEqualTo("demo-unit-lead");
        assertThat(view.closedAt()).isEqualTo(LATER);
        assertThat(view.outcome()).isEqualTo("POLICE_ATTENDED");
        assertThat(view.outcomeNote()).isEqualTo("victim safe");
        assertThat(event.outcome()).isEqualTo("POLICE_ATTENDED");
    }

    @Test
    void anOutcomeOfOtherNeedsANote() {
        var alert = Alert.raise(AlertMother.sos(), RAISED, 1);

        assertThatThrownBy(() -> alert.close("demo-dispatcher", LATER, AlertOutcome.OTHER, " ", 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(alert.status()).isEqualTo(AlertStatus.OPEN);
    }

    @Test
    void callingThePoliceOrDispatchingTakesAnOpenAlertOn() {
        var alert = Alert.raise(AlertMother.sos(), RAISED, 1);

        var acknowledged = alert.dispatched("demo-dispatcher", LATER, 2);
        var event = alert.dispatchEvent(DispatchKind.GUARD, "demo-dispatcher", LATER);

        assertThat(acknowledged).isPresent();
        assertThat(alert.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(alert.view().acknowledgedBy()).isEqualTo("demo-dispatcher");
        assertThat(event.kind()).isEqualTo(DispatchKind.GUARD);
        assertThat(event.sequence()).isEqualTo(2);
        assertThat(alert.policeCalled("demo-unit-lead", LATER, 3)).isEmpty();
        assertThat(alert.sequence()).isEqualTo(3);
        assertThat(alert.view().acknowledgedBy()).isEqualTo("demo-dispatcher");
    }

    @Test
    void nothingIsDoneAboutAClosedAlert() {
        var alert = Alert.raise(AlertMother.sos(), RAISED, 1);
        alert.close("demo-dispatcher", LATER, AlertOutcome.FALSE_ALARM, null, 2);

        assertThatThrownBy(() -> alert.policeCalled("demo-dispatcher", LATER, 3))
                .isInstanceOf(AlertLifecycleViolation.class);
        assertThatThrownBy(() -> alert.dispatched("demo-dispatcher", LATER, 3))
                .isInstanceOf(AlertLifecycleViolation.class);
        assertThat(alert.sequence()).isEqualTo(2);
    }

    @Test
    void anUnansweredAlertClimbsTheLadderOneStepAtATimeEachDueOneIntervalLater() {
        var alert = Alert.raise(AlertMother.sos(), RAISED, 1);

        var firstDue = alert.startLadder(60, false);
        var first = alert.escalate(EscalationStep.NEXT_DISPATCHER, firstDue, 2);
        var skipped = alert.escalate(EscalationStep.POLICE_LIAISON, firstDue, 3);
        var second = alert.escalate(EscalationStep.UNIT_LEAD, RAISED.plusSeconds(120), 4);
        var again = alert.escalate(EscalationStep.UNIT_LEAD, RAISED.plusSeconds(121), 5);

        assertThat(firstDue).isEqualTo(RAISED.plusSeconds(60));
        assertThat(first).hasValueSatisfying(event -> {
            assertThat(event.notified()).isEqualTo(Role.DISPATCHER);
            assertThat(event.dueAt()).isEqualTo(RAISED.plusSeconds(60));
        });
        assertThat(skipped).isEmpty();
        assertThat(second)
                .hasValueSatisfying(event -> assertThat(event.notified()).isEqualTo(Role.UNIT_LEAD));
        assertThat(again).isEmpty();
        assertThat(alert.view().escalationStep()).isEqualTo(EscalationStep.UNIT_LEAD);
        assertThat(alert.nextStep()).contains(EscalationStep.POLICE_LIAISON);
        assertThat(alert.dueAt(EscalationStep.POLICE_LIAISON)).isEqualTo(RAISED.plusSeconds(180));
        assertThat(alert.sequence()).isEqualTo(4);
    }

    @Test
    void anAcknowledgedAlertClimbsNoFurther() {
        var alert = Alert.raise(AlertMother.sos(), RAISED, 1);
        alert.startLadder(30, true);
        alert.acknowledge("demo-dispatcher", RAISED.plusSeconds(10), 2);

        assertThat(alert.escalate(EscalationStep.NEXT_DISPATCHER, RAISED.plusSeconds(30), 3))
                .isEmpty();
        assertThat(alert.nextStep()).isEmpty();
        assertThat(alert.view().escalationStep()).isNull();
    }

    @Test
    void aRaiseCarriesNoMoreThanACaseNumberAndAShortSummary() {
        assertThatThrownBy(() -> RaiseAlert.of(AlertKind.SOS, "STK-2026-000001", "x".repeat(201)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RaiseAlert.of(AlertKind.SOS, " ", "SOS")).isInstanceOf(IllegalArgumentException.class);
    }
}
