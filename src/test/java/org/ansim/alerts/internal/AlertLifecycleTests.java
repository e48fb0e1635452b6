package org.ansim.alerts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.ansim.alerts.AlertKind;
import org.ansim.alerts.AlertMother;
import org.ansim.alerts.AlertPriority;
import org.ansim.alerts.AlertStatus;
import org.ansim.alerts.RaiseAlert;
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
        alert.close("demo-dispatcher", LATER, "False alarm: bell pressed by a child", 2);

        assertThatThrownBy(() -> alert.acknowledge("demo-dispatcher", LATER, 3))
                .isInstanceOf(AlertLifecycleViolation.class);
        assertThatThrownBy(() -> alert.close("demo-dispatcher", LATER, "again", 3))
                .isInstanceOf(AlertLifecycleViolation.class);
        assertThat(alert.sequence()).isEqualTo(2);
    }

    @Test
    void closingRecordsWhoWhenAndTheOutcome() {
        var alert = Alert.raise(AlertMother.sos(), RAISED, 1);
        alert.acknowledge("demo-dispatcher", RAISED.plusSeconds(5), 2);

        var event = alert.close("demo-unit-lead", LATER, "  Police attended; victim safe  ", 3);

        var view = alert.view();
        assertThat(view.status()).isEqualTo(AlertStatus.CLOSED);
        assertThat(view.closedBy()).isEqualTo("demo-unit-lead");
        assertThat(view.closedAt()).isEqualTo(LATER);
        assertThat(view.outcome()).isEqualTo("Police attended; victim safe");
        assertThat(event.outcome()).isEqualTo("Police attended; victim safe");
    }

    @Test
    void anOutcomeIsRequiredToClose() {
        var alert = Alert.raise(AlertMother.sos(), RAISED, 1);

        assertThatThrownBy(() -> alert.close("demo-dispatcher", LATER, " ", 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(alert.status()).isEqualTo(AlertStatus.OPEN);
    }

    @Test
    void aRaiseCarriesNoMoreThanACaseNumberAndAShortSummary() {
        assertThatThrownBy(() -> RaiseAlert.of(AlertKind.SOS, "STK-2026-000001", "x".repeat(201)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RaiseAlert.of(AlertKind.SOS, " ", "SOS")).isInstanceOf(IllegalArgumentException.class);
    }
}
