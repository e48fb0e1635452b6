package org.ansim.safety.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.ansim.alerts.AlertId;
import org.ansim.alerts.AlertKind;
import org.ansim.alerts.AlertStatus;
import org.ansim.alerts.Alerts;
import org.ansim.alerts.RaiseAlert;
import org.ansim.safety.PhonePrincipal;
import org.ansim.safety.SosCancelled;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the victim's phone may know and do about an SOS it sent: its status in plain words (never who is coming or
 * where), and cancelling it with her PIN. Her duress PIN answers exactly like a cancellation, but the SOS stays open
 * for the dispatcher, marked duress, and a second, silent alert is raised.
 */
@Service
public class SosOnThePhone {

    /** The status words the phone shows. */
    public enum PhoneStatus {
        RECEIVED,
        ACKNOWLEDGED,
        HELP_ON_THE_WAY,
        CLOSED,
        CANCELLED
    }

    private final SosRecords sosRecords;
    private final Phones phones;
    private final Alerts alerts;
    private final PasswordEncoder pins;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SosOnThePhone(
            SosRecords sosRecords,
            Phones phones,
            Alerts alerts,
            PasswordEncoder pins,
            ApplicationEventPublisher events,
            Clock clock) {
        this.sosRecords = sosRecords;
        this.phones = phones;
        this.alerts = alerts;
        this.pins = pins;
        this.events = events;
        this.clock = clock;
    }

    /** The status of one of this phone's SOS; empty for any other id. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VICTIM_DEVICE')")
    public Optional<PhoneStatus> status(PhonePrincipal phone, UUID alertId) {
        return sosRecords
                .findByAlertId(alertId)
                .filter(sos -> sos.phoneId().equals(phone.deviceId()))
                .map(this::statusOf);
    }

    /**
     * @return empty when this phone sent no SOS with this alert id
     * @throws WrongPin when PINs are set and the one given is neither
     */
    @Transactional(noRollbackFor = WrongPin.class)
    @PreAuthorize("hasRole('VICTIM_DEVICE')")
    public Optional<PhoneStatus> cancel(PhonePrincipal from, UUID alertId, @Nullable String pin) {
        var found =
                sosRecords.lockByAlertId(alertId).filter(sos -> sos.phoneId().equals(from.deviceId()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var sos = found.get();
        var phone = phones.findById(from.deviceId()).orElseThrow();
        var now = clock.instant();
        switch (phone.check(pin, pins::matches)) {
            case WRONG -> throw new WrongPin();
            case DURESS -> {
                var silent = alerts.raise(new RaiseAlert(
                                AlertKind.SOS,
                                sos.caseNumber(),
                                "Duress PIN entered to cancel an SOS: the SOS is not over",
                                "duress:sos:" + sos.id(),
                                true))
                        .value();
                sos.cancelUnderDuress(now, silent);
            }
            case CANCEL, NOT_NEEDED -> {
                if (sos.cancel(now)) {
                    alerts.cancelledByVictim(new AlertId(sos.alertId()));
                    events.publishEvent(new SosCancelled(sos.id(), sos.alertId(), sos.caseNumber(), now));
                }
            }
        }
        return Optional.of(PhoneStatus.CANCELLED);
    }

    /** Marks that help was sent for an SOS (the console dispatched a guard or companion, or called the police). */
    @Transactional
    public void helpDispatched(UUID alertId) {
        sosRecords.lockByAlertId(alertId).ifPresent(sos -> sos.helpDispatched(clock.instant()));
    }

    private PhoneStatus statusOf(Sos sos) {
        if (sos.cancelled()) {
            return PhoneStatus.CANCELLED;
        }
        var alert = alerts.find(new AlertId(sos.alertId()));
        if (alert.isEmpty()) {
            return PhoneStatus.RECEIVED;
        }
        var status = alert.get().status();
        if (status == AlertStatus.CLOSED) {
            return PhoneStatus.CLOSED;
        }
        if (sos.helpDispatchedAt() != null) {
            return PhoneStatus.HELP_ON_THE_WAY;
        }
        return status == AlertStatus.ACKNOWLEDGED ? PhoneStatus.ACKNOWLEDGED : PhoneStatus.RECEIVED;
    }
}
