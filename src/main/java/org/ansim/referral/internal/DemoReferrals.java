package org.ansim.referral.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.ansim.database.DemoMode;
import org.ansim.database.DemoPeople;
import org.ansim.privacy.Address;
import org.ansim.referral.PoliceReferral;
import org.ansim.referral.PoliceReferral.Behaviour;
import org.ansim.referral.PoliceReferral.Measure;
import org.ansim.referral.PoliceReferral.MeasureKind;
import org.ansim.referral.PoliceReferral.Relationship;
import org.ansim.referral.PoliceReferral.RiskLevel;
import org.ansim.settings.PolicySettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, a realistic stream of police referrals over the last eight months, received through the same use
 * case as the police API (sealed, matched, announced), so that every screen has something to show: a few victims
 * referred twice by different stations (written differently each time, so the people module asks "same person?"),
 * and one stalker referred for three different victims. Synthetic: no real person is meant. Created once; a restart
 * or a second node finds them and adds nothing.
 */
@Component
@Order(90)
class DemoReferrals implements ApplicationRunner {

    static final String REPORT_PREFIX = "DEMO-";
    private static final Duration SPAN = Duration.ofDays(240);
    private static final List<String> STATIONS = List.of(
            "서울강남경찰서:강남구",
            "서울마포경찰서:마포구",
            "서울송파경찰서:송파구",
            "서울관악경찰서:관악구",
            "서울영등포경찰서:영등포구",
            "서울노원경찰서:노원구",
            "서울은평경찰서:은평구",
            "서울서초경찰서:서초구",
            "서울강서경찰서:강서구",
            "서울중랑경찰서:중랑구");
    private static final List<String> SURNAMES_OF_OFFENDERS =
            List.of("김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "홍");
    private static final List<String> OFFENDER_FIRST_SYLLABLES =
            List.of("민", "도", "지", "현", "준", "건", "우", "성", "재", "태", "동", "승", "정", "영", "진", "경");
    private static final List<String> OFFENDER_SECOND_SYLLABLES =
            List.of("준", "현", "훈", "우", "서", "진", "민", "원", "호", "수", "철", "석", "규", "환", "빈", "혁");

    private final DemoMode demo;
    private final ReceivePoliceReferral receiving;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int count;

    DemoReferrals(
            DemoMode demo,
            ReceivePoliceReferral receiving,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            Clock clock,
            @Value("${ansim.demo.referrals:240}") int count) {
        this.demo = demo;
        this.receiving = receiving;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
        this.count = count;
    }

    /** Runs before the cases module develops the demo caseload (order 100), so that these cases are part of it. */
    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(7320)").query().singleValue();
            var seeded = jdbc.sql("SELECT count(*) FROM referral_police_referral WHERE report_number LIKE ?")
                    .param(REPORT_PREFIX + "%")
                    .query(Long.class)
                    .single();
            if (seeded > 0) {
                return;
            }
            var now = clock.instant();
            for (var referral : caseload(count, now)) {
                receiving.receiveAt(referral.parameters(), referral.receivedAt());
            }
        });
    }

    /** A referral of the demo caseload and when it arrived. */
    record DemoReferral(ReceivePoliceReferral.Parameters parameters, Instant receivedAt) {}

    /** The same caseload for the same count and day: a seeded generator, no clock inside. */
    static List<DemoReferral> caseload(int count, Instant now) {
        RandomGenerator random = new java.util.SplittableRandom(2026);
        var referrals = new ArrayList<DemoReferral>();
        var stalker = new Offender("장상철", "010-7713-2208", Relationship.FORMER_INTIMATE_PARTNER, 1985, 2);
        for (int i = 0; i < count; i++) {
            var receivedAt = now.minus(SPAN.multipliedBy(count - i).dividedBy(count))
                    .minus(Duration.ofMinutes(random.nextInt(600)));
            var repeat = i % 23 == 11 && i > 10;
            var victim = repeat ? DemoPeople.victim(random.nextInt(i - 5)).writtenDifferently() : DemoPeople.victim(i);
            var station = stationFor(victim.district());
            var stalkerCase = count >= 12 && (i == count / 4 || i == count / 2 || i == count - count / 6);
            var offender = stalkerCase ? stalker : Offender.random(random, i);
            var risk = stalkerCase ? RiskLevel.HIGH : RiskLevel.values()[weighted(random, 35, 40, 25)];
            referrals.add(new DemoReferral(
                    parameters(random, station[0], i, receivedAt, victim, offender, risk), receivedAt));
        }
        return referrals;
    }

    private static ReceivePoliceReferral.Parameters parameters(
            RandomGenerator random,
            String station,
            int i,
            Instant receivedAt,
            DemoPeople.Person victim,
            Offender offender,
            RiskLevel risk) {
        var reportedAt = OffsetDateTime.ofInstant(receivedAt.minus(Duration.ofHours(3)), PolicySettings.ZONE);
        var lastIncident = reportedAt.minusHours(2 + random.nextInt(40));
        var firstIncident = lastIncident.toLocalDate().minusDays(7 + random.nextInt(200));
        var behaviours = behaviours(random, risk);
        var measures = measures(random, risk, reportedAt.toLocalDate());
        var reportNumber = "%s%d-%05d".formatted(REPORT_PREFIX, reportedAt.getYear(), i + 1);
        return new ReceivePoliceReferral.Parameters(
                station,
                reportNumber,
                reportedAt,
                new PoliceReferral.Consent(
                        reportedAt.minusMinutes(20),
                        PoliceReferral.ConsentMethod.values()[random.nextInt(3)],
                        random.nextInt(4) == 0
                                ? List.of(PoliceReferral.Purpose.CASE_MANAGEMENT)
                                : List.of(
                                        PoliceReferral.Purpose.CASE_MANAGEMENT,
                                        PoliceReferral.Purpose.SERVICE_REFERRAL,
                                        PoliceReferral.Purpose.STATISTICS)),
                new ReceivePoliceReferral.SealedVictim(
                        victim.name(),
                        victim.birthDate(),
                        PoliceReferral.Sex.F,
                        victim.phone(),
                        new Address("서울특별시", victim.district(), victim.street()),
                        "ko"),
                Optional.of(new ReceivePoliceReferral.SealedOffender(
                        offender.name(),
                        PoliceReferral.Sex.M,
                        offender.birthYear(),
                        offender.relationship(),
                        offender.phone(),
                        random.nextBoolean(),
                        offender.priorReports())),
                behaviours,
                firstIncident,
                lastIncident,
                measures,
                risk,
                risk == RiskLevel.HIGH ? Boolean.TRUE : random.nextInt(5) == 0,
                new ReceivePoliceReferral.SealedDetails(
                        "데모 사건 개요 %d: 피해자 주거지 및 직장 주변에서 반복적으로 기다리고 연락함.".formatted(i + 1),
                        "데모 경찰관 %d".formatted(i % 17 + 1),
                        "02-%03d-%04d".formatted(300 + i % 600, 1000 + i)),
                "demo-" + reportNumber);
    }

    private static String[] stationFor(String district) {
        return STATIONS.stream()
                .map(station -> station.split(":"))
                .filter(station -> station[1].equals(district))
                .findFirst()
                .orElseThrow();
    }

    private static List<Behaviour> behaviours(RandomGenerator random, RiskLevel risk) {
        var all = new ArrayList<>(List.of(Behaviour.values()));
        all.remove(Behaviour.OTHER);
        var picked = new ArrayList<Behaviour>();
        var howMany = 1 + random.nextInt(3) + (risk == RiskLevel.HIGH ? 1 : 0);
        while (picked.size() < howMany) {
            var behaviour = all.get(random.nextInt(all.size()));
            if (!picked.contains(behaviour)) {
                picked.add(behaviour);
            }
        }
        if (risk == RiskLevel.HIGH && !picked.contains(Behaviour.THREATS) && random.nextBoolean()) {
            picked.add(Behaviour.THREATS);
        }
        return List.copyOf(picked);
    }

    private static List<Measure> measures(RandomGenerator random, RiskLevel risk, LocalDate reportedOn) {
        if (risk == RiskLevel.LOW || random.nextInt(3) == 0 && risk == RiskLevel.MEDIUM) {
            return List.of();
        }
        var measures = new ArrayList<Measure>();
        measures.add(new Measure(
                MeasureKind.EMERGENCY_MEASURE,
                null,
                reportedOn,
                reportedOn.plusMonths(1).minusDays(1),
                100,
                true));
        if (risk == RiskLevel.HIGH && random.nextBoolean()) {
            var startsOn = reportedOn.plusDays(2);
            measures.add(new Measure(
                    MeasureKind.PROVISIONAL_MEASURE,
                    "2",
                    startsOn,
                    startsOn.plusMonths(2).minusDays(1),
                    100,
                    null));
        }
        return List.copyOf(measures);
    }

    private static int weighted(RandomGenerator random, int... weights) {
        var total = java.util.Arrays.stream(weights).sum();
        var roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A synthetic offender. */
    record Offender(String name, String phone, Relationship relationship, int birthYear, int priorReports) {

        static Offender random(RandomGenerator random, int i) {
            var relationship = random.nextInt(100) < 45
                    ? Relationship.FORMER_INTIMATE_PARTNER
                    : Relationship.values()[random.nextInt(Relationship.values().length)];
            return new Offender(
                    SURNAMES_OF_OFFENDERS.get(random.nextInt(SURNAMES_OF_OFFENDERS.size()))
                            + OFFENDER_FIRST_SYLLABLES.get(random.nextInt(OFFENDER_FIRST_SYLLABLES.size()))
                            + OFFENDER_SECOND_SYLLABLES.get(random.nextInt(OFFENDER_SECOND_SYLLABLES.size())),
                    random.nextInt(4) == 0 ? null : "010-%04d-%04d".formatted(3000 + random.nextInt(6000), 5000 + i),
                    relationship,
                    1960 + random.nextInt(45),
                    random.nextInt(6) == 0 ? 1 + random.nextInt(3) : 0);
        }
    }
}
