package org.ansim.intake.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.ansim.cases.Channel;
import org.ansim.consent.ConsentMethod;
import org.ansim.consent.ConsentPurpose;
import org.ansim.database.DemoMode;
import org.ansim.database.DemoPeople;
import org.ansim.intake.ServiceKind;
import org.ansim.privacy.Address;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, applications from the hotline, the online form and walk-ins over the last eight months, received
 * through the same use case as the forms: every seventh applicant is a victim the police referred before, written
 * differently, so that the people module asks "same person?" across channels. Each carries its own idempotency key,
 * so a restart or a second node adds nothing.
 */
@Component
@Order(95)
class DemoApplications implements ApplicationRunner {

    static final String KEY_PREFIX = "demo-application-";
    private static final Duration SPAN = Duration.ofDays(240);
    private static final List<Channel> CHANNELS = List.of(Channel.HOTLINE_1366, Channel.ONLINE, Channel.WALK_IN);

    private final DemoMode demo;
    private final ReceiveApplication receiving;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int count;
    private final int referrals;

    DemoApplications(
            DemoMode demo,
            ReceiveApplication receiving,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            Clock clock,
            @Value("${ansim.demo.applications:48}") int count,
            @Value("${ansim.demo.referrals:240}") int referrals) {
        this.demo = demo;
        this.receiving = receiving;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
        this.count = count;
        this.referrals = referrals;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(7330)").query().singleValue();
            var now = clock.instant();
            for (int k = 0; k < count; k++) {
                var receivedAt =
                        now.minus(SPAN.multipliedBy(count - k).dividedBy(count)).plus(Duration.ofHours(3 + k % 9));
                receiving.receiveAt(application(k), receivedAt);
            }
        });
    }

    ReceiveApplication.Parameters application(int k) {
        var random = new SplittableRandom(31L * k + 7);
        var known = k % 7 == 3 && referrals > 0;
        var person =
                known ? DemoPeople.victim((k * 5) % referrals).writtenDifferently() : DemoPeople.victim(50_000 + k);
        var channel = CHANNELS.get(k % CHANNELS.size());
        var services = new ArrayList<ServiceKind>();
        var all = ServiceKind.values();
        for (int s = 0, n = 1 + random.nextInt(3); s < n; s++) {
            var service = all[random.nextInt(all.length)];
            if (!services.contains(service)) {
                services.add(service);
            }
        }
        var purposes = random.nextInt(5) == 0
                ? EnumSet.of(ConsentPurpose.CASE_MANAGEMENT)
                : EnumSet.of(
                        ConsentPurpose.CASE_MANAGEMENT, ConsentPurpose.SERVICE_REFERRAL, ConsentPurpose.STATISTICS);
        return new ReceiveApplication.Parameters(
                channel,
                new ReceiveApplication.Applicant(
                        person.name(),
                        person.birthDate(),
                        person.phone(),
                        new Address("서울특별시", person.district(), person.street())),
                List.copyOf(services),
                purposes,
                switch (channel) {
                    case HOTLINE_1366 -> ConsentMethod.VERBAL_RECORDED;
                    case ONLINE -> ConsentMethod.ELECTRONIC;
                    default -> ConsentMethod.WRITTEN;
                },
                switch (channel) {
                    case HOTLINE_1366 -> "hotline-v1";
                    case ONLINE -> "online-v1";
                    default -> "walk-in-v1";
                },
                channel == Channel.ONLINE ? null : "데모: 상담원이 동의 문구를 읽고 피해자가 동의함",
                switch (channel) {
                    case HOTLINE_1366 -> "demo-hotline";
                    case ONLINE -> "online";
                    default -> "demo-case-manager";
                },
                Optional.of(KEY_PREFIX + k),
                "demo-" + k);
    }
}
