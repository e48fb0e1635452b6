package org.ansim.alerts;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Alerts to raise in tests, each on a case number of its own. */
public final class AlertMother {

    private static final AtomicInteger CASES = new AtomicInteger(900_000);

    private AlertMother() {}

    public static String someCaseNumber() {
        return "STK-2026-%06d".formatted(CASES.incrementAndGet());
    }

    public static RaiseAlert sos() {
        return RaiseAlert.of(AlertKind.SOS, someCaseNumber(), "SOS from the victim's phone")
                .withSourceKey("sos:" + UUID.randomUUID());
    }

    public static RaiseAlert referral() {
        return RaiseAlert.of(AlertKind.REFERRAL, someCaseNumber(), "New police referral");
    }

    public static RaiseAlert duress() {
        return RaiseAlert.of(AlertKind.SOS, someCaseNumber(), "Duress PIN entered")
                .silently();
    }
}
