package org.ansim.safety.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.ansim.cases.CaseAppointment;
import org.ansim.cases.CaseId;
import org.ansim.cases.CaseLookup;
import org.ansim.cases.CaseNumber;
import org.ansim.identity.CaseManagers;
import org.ansim.safety.PhonePrincipal;
import org.ansim.settings.PolicySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the victim's app shows on its first screen: whom to call, what is coming up, how the SOS and journeys behave,
 * whether her PINs are set, and a journey still on its way. Nothing that would help someone holding her phone: no
 * address, no offender, no case details.
 */
@Service
public class AppOverview {

    static final String SOS_CANCEL = "safety.sos-cancel-seconds";
    static final String UNIT_PHONE = "safety.unit-phone";

    public record Contact(String name, String phone) {}

    public record Appointment(Instant at, CaseAppointment.Kind kind) {}

    /** The most a phone is shown. */
    static final int MAX_APPOINTMENTS = 10;

    public record Pins(boolean cancel, boolean duress) {}

    public record ActiveJourney(
            String journeyId, String destinationLabel, Instant expectedArrivalAt, Instant escalatesAt) {}

    public record Overview(
            Contact caseManager,
            List<Appointment> appointments,
            long sosCancelSeconds,
            long defaultGraceSeconds,
            Pins pins,
            @Nullable ActiveJourney activeJourney) {}

    private final Phones phones;
    private final JourneysOnThePhone journeys;
    private final CaseLookup cases;
    private final CaseManagers caseManagers;
    private final PolicySettings settings;
    private final List<CaseAppointment.Source> appointments;
    private final Clock clock;

    AppOverview(
            Phones phones,
            JourneysOnThePhone journeys,
            CaseLookup cases,
            CaseManagers caseManagers,
            PolicySettings settings,
            List<CaseAppointment.Source> appointments,
            Clock clock) {
        this.appointments = appointments;
        this.clock = clock;
        this.phones = phones;
        this.journeys = journeys;
        this.cases = cases;
        this.caseManagers = caseManagers;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VICTIM_DEVICE')")
    public Overview of(PhonePrincipal phone) {
        var enrolled = phones.findById(phone.deviceId()).orElseThrow();
        var manager = cases.find(new CaseNumber(phone.caseNumber()))
                .flatMap(found -> found.caseManager())
                .map(username -> caseManagers.displayNames().getOrDefault(username, ""))
                .orElse("");
        var today = settings.today();
        var active = journeys.current(phone)
                .map(journey -> new ActiveJourney(
                        journey.id().toString(),
                        journey.destinationLabel(),
                        journey.expectedArrivalAt(),
                        journey.escalatesAt()))
                .orElse(null);
        return new Overview(
                new Contact(manager, settings.text(UNIT_PHONE, today)),
                upcoming(enrolled.caseId()),
                settings.number(SOS_CANCEL, today),
                settings.number(JourneysOnThePhone.GRACE, today),
                new Pins(enrolled.hasPins(), enrolled.hasPins()),
                active);
    }

    /** What the modules that know of appointments have coming up for her case, soonest first. */
    private List<Appointment> upcoming(UUID caseId) {
        var now = clock.instant();
        return appointments.stream()
                .flatMap(source -> source.upcoming(new CaseId(caseId), now).stream())
                .filter(appointment -> !appointment.at().isBefore(now))
                .sorted(Comparator.comparing(CaseAppointment::at))
                .limit(MAX_APPOINTMENTS)
                .map(appointment -> new Appointment(appointment.at(), appointment.kind()))
                .toList();
    }
}
