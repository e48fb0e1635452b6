package org.ansim.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ansim.cases.CaseStatus;
import org.ansim.cases.Channel;
import org.ansim.cases.OpenCase;
import org.ansim.database.DemoMode;
import org.ansim.settings.PolicySettings;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, a caseload of synthetic cases in every state, opened over the last weeks through the case's own
 * opening and domain methods: some new and unassigned, some assigned to {@code demo-case-manager} (a few of them
 * overdue for the first contact), some contacted, active, post-managed, closed and reopened. Created once; a restart
 * (or a second node) finds them and adds nothing.
 */
@Component
@Order(100)
class DemoCases implements ApplicationRunner {

    static final int COUNT = 36;
    static final String UNIT_LEAD = "demo-unit-lead";
    static final String DEMO_MANAGER = "demo-case-manager";
    static final List<String> MANAGERS =
            List.of(DEMO_MANAGER, DEMO_MANAGER, "demo-case-manager-park", "demo-case-manager-lee");
    static final List<String> DISTRICTS = List.of("강남구", "마포구", "송파구", "관악구", "영등포구", "노원구", "은평구", "서초구", "강서구");
    static final List<String> SERVICES =
            List.of("PSYCHOLOGICAL", "LEGAL", "MEDICAL", "ACCOMPANIMENT", "GUARDS", "SHELTER", "MOVING", "EQUIPMENT");

    private final DemoMode demo;
    private final OpenNewCase opening;
    private final Cases cases;
    private final FirstContactDeadlines deadlines;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoCases(
            DemoMode demo,
            OpenNewCase opening,
            Cases cases,
            FirstContactDeadlines deadlines,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            Clock clock) {
        this.demo = demo;
        this.opening = opening;
        this.cases = cases;
        this.deadlines = deadlines;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo.enabled()) {
            transactions.executeWithoutResult(status -> seed());
        }
    }

    private void seed() {
        jdbc.sql("SELECT pg_advisory_xact_lock(7310)").query().singleValue();
        if (cases.findByChannelAndChannelReference(Channel.WALK_IN, reference(0))
                .isPresent()) {
            return;
        }
        var now = clock.instant();
        for (int i = 0; i < COUNT; i++) {
            var openedAt = now.minus(Duration.ofHours(24L * (COUNT - i) / 2 + 3));
            var ref = opening.openAt(command(i, openedAt), openedAt);
            var opened = cases.findById(ref.id().value()).orElseThrow();
            develop(opened, i, openedAt, now);
            cases.saveAndFlush(opened);
        }
    }

    /** Takes case {@code i} as far along its lifecycle as its place in the caseload says. */
    private void develop(Case opened, int i, Instant openedAt, Instant now) {
        var plan = i % 9;
        if (plan == 0) {
            return;
        }
        var manager = plan == 1 || plan == 2 || plan == 4 ? DEMO_MANAGER : MANAGERS.get(i % MANAGERS.size());
        var assignedAt = plan == 1 ? now.minus(Duration.ofHours(2)) : openedAt.plus(Duration.ofHours(2));
        opened.assignTo(manager, UNIT_LEAD, assignedAt, deadlines.from(assignedAt));
        if (plan == 1 || plan == 2) {
            return;
        }
        var at = assignedAt.plus(Duration.ofHours(20));
        opened.recordFirstContact(manager, at, LocalDate.ofInstant(at, PolicySettings.ZONE));
        var path = switch (plan) {
            case 3, 4 -> List.<CaseStatus>of();
            case 5 -> List.of(CaseStatus.ACTIVE);
            case 6 -> List.of(CaseStatus.ACTIVE, CaseStatus.POST_MANAGEMENT);
            case 7 -> List.of(CaseStatus.ACTIVE, CaseStatus.POST_MANAGEMENT, CaseStatus.CLOSED);
            default -> List.of(CaseStatus.ACTIVE, CaseStatus.POST_MANAGEMENT, CaseStatus.CLOSED, CaseStatus.ACTIVE);
        };
        for (var to : path) {
            at = at.plus(Duration.ofHours(6));
            opened.moveTo(to, manager, "데모: " + to, at);
        }
    }

    private static OpenCase command(int i, Instant openedAt) {
        var channel = Channel.values()[i % Channel.values().length];
        var police = channel == Channel.POLICE_REFERRAL;
        var risk = police ? List.of("LOW", "MEDIUM", "HIGH").get(i % 3) : null;
        return new OpenCase(
                i == 0 ? Channel.WALK_IN : channel,
                i == 0 ? reference(0) : reference(i),
                openedAt.minus(Duration.ofMinutes(30)),
                DISTRICTS.get(i % DISTRICTS.size()),
                risk,
                police ? i % 2 == 0 : null,
                List.of(SERVICES.get(i % SERVICES.size()), SERVICES.get((i + 3) % SERVICES.size())));
    }

    private static String reference(int i) {
        return "DEMO-%03d".formatted(i);
    }
}
