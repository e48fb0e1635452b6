package org.ansim.safety.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ansim.cases.CaseLookup;
import org.ansim.cases.CaseStatus;
import org.ansim.database.DemoMode;
import org.ansim.safety.HomeDeviceType;
import org.ansim.safety.PhonePrincipal;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode: the demo victim's enrolled phone (token {@value #PHONE_TOKEN}, and {@value #VICTIM_TOKEN} as
 * INTERFACES.md names it) on a case of {@code demo-case-manager}, an emergency bell {@value #BELL} (and
 * {@value #BELL_SHORT}) in her home, and three other victims on their way home with a journey running. Created once;
 * a restart or a second node finds them and adds nothing. Also plays the console's scripted SOS.
 */
@Component
@Order(120)
public class DemoSafety implements ApplicationRunner {

    public static final String PHONE_TOKEN = "demo-phone-token";
    public static final String VICTIM_TOKEN = "demo-victim-token";
    public static final String BELL = "DEMO-BELL-0001";
    public static final String BELL_SHORT = "DEMO-BELL-1";

    /** Seoul City Hall, where the scripted SOS comes from. */
    static final double CITY_HALL_LATITUDE = 37.5663;

    static final double CITY_HALL_LONGITUDE = 126.9779;

    private static final UUID DEMO_PHONE = UUID.fromString("5afe0000-0000-4000-8000-000000000001");
    private static final UUID DEMO_VICTIM_PHONE = UUID.fromString("5afe0000-0000-4000-8000-000000000002");
    private static final List<double[]> ON_THE_WAY = List.of(
            new double[] {37.4979, 127.0276}, new double[] {37.5563, 126.9236}, new double[] {37.5133, 127.1001});

    private final DemoMode demo;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Phones phones;
    private final HomeDevices devices;
    private final JourneysOnThePhone journeys;
    private final SendSos sendSos;
    private final CaseLookup cases;
    private final Clock clock;

    DemoSafety(
            DemoMode demo,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            Phones phones,
            HomeDevices devices,
            JourneysOnThePhone journeys,
            SendSos sendSos,
            CaseLookup cases,
            Clock clock) {
        this.demo = demo;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.phones = phones;
        this.devices = devices;
        this.journeys = journeys;
        this.sendSos = sendSos;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo.enabled()) {
            transactions.executeWithoutResult(status -> seed());
        }
    }

    public boolean enabled() {
        return demo.enabled();
    }

    /** The demo phone sends an SOS from near Seoul City Hall, as the console's demo button asks. */
    public Optional<UUID> playScriptedSos() {
        if (!demo.enabled() || phones.findById(DEMO_PHONE).isEmpty()) {
            return Optional.empty();
        }
        var phone = phones.findById(DEMO_PHONE).orElseThrow();
        var context = SecurityContextHolder.getContext();
        try {
            var asPhone = SecurityContextHolder.createEmptyContext();
            asPhone.setAuthentication(
                    new PhoneTokens.PhoneAuthentication(new PhonePrincipal(phone.id(), phone.caseNumber())));
            SecurityContextHolder.setContext(asPhone);
            var jitter = (clock.millis() % 100) / 100_000.0;
            return Optional.of(sendSos.execute(
                    new PhonePrincipal(phone.id(), phone.caseNumber()),
                    new SendSos.Parameters(
                            UUID.randomUUID(),
                            clock.instant(),
                            CITY_HALL_LATITUDE + jitter,
                            CITY_HALL_LONGITUDE - jitter,
                            12.0)));
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }

    private record DemoCase(UUID id, String number) {}

    private void seed() {
        jdbc.sql("SELECT pg_advisory_xact_lock(7330)").query().singleValue();
        if (phones.existsById(DEMO_PHONE)) {
            return;
        }
        // The demo case manager's contacted and active cases, by number.
        var caseload = cases.caseloadOf("demo-case-manager").stream()
                .filter(found -> found.status() == CaseStatus.CONTACTED || found.status() == CaseStatus.ACTIVE)
                .sorted(java.util.Comparator.comparing(found -> found.number().value()))
                .limit(4)
                .map(found -> new DemoCase(found.id().value(), found.number().value()))
                .toList();
        if (caseload.isEmpty()) {
            return;
        }
        var now = clock.instant();
        var mine = caseload.getFirst();
        phones.save(Phone.demo(DEMO_PHONE, mine.id(), mine.number(), "데모 휴대폰", Secrets.sha256(PHONE_TOKEN), now));
        phones.save(Phone.demo(
                DEMO_VICTIM_PHONE, mine.id(), mine.number(), "데모 휴대폰 (예비)", Secrets.sha256(VICTIM_TOKEN), now));
        devices.insert(UUID.randomUUID(), mine.id(), mine.number(), BELL, HomeDeviceType.EMERGENCY_BELL, "demo");
        devices.insert(UUID.randomUUID(), mine.id(), mine.number(), BELL_SHORT, HomeDeviceType.EMERGENCY_BELL, "demo");
        devices.insert(
                UUID.randomUUID(),
                mine.id(),
                mine.number(),
                "DEMO-DOORBELL-0001",
                HomeDeviceType.SMART_DOORBELL,
                "demo");
        for (int i = 0; i < ON_THE_WAY.size(); i++) {
            var on = caseload.get((i + 1) % caseload.size());
            var phone = phones.save(Phone.demo(
                    UUID.randomUUID(),
                    on.id(),
                    on.number(),
                    "데모 휴대폰 " + (i + 2),
                    Secrets.sha256(Secrets.newToken()),
                    now));
            startJourney(phone, i, now);
        }
    }

    private void startJourney(Phone phone, int i, Instant now) {
        var principal = new PhonePrincipal(phone.id(), phone.caseNumber());
        var context = SecurityContextHolder.getContext();
        try {
            var asPhone = SecurityContextHolder.createEmptyContext();
            asPhone.setAuthentication(new PhoneTokens.PhoneAuthentication(principal));
            SecurityContextHolder.setContext(asPhone);
            var started = journeys.start(
                    principal,
                    new JourneyParameters(
                            UUID.randomUUID(),
                            List.of("집", "회사", "친구 집").get(i),
                            now.plus(Duration.ofMinutes(25L + 15L * i)),
                            null));
            var from = ON_THE_WAY.get(i);
            journeys.recordPosition(
                    principal, started.journeyId(), now.minusSeconds(60), new Location(from[0], from[1], 20.0));
            journeys.recordPosition(
                    principal, started.journeyId(), now, new Location(from[0] + 0.001, from[1] + 0.001, 15.0));
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }
}
