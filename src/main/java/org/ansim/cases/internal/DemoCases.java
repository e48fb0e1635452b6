package org.ansim.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ansim.cases.CaseStatus;
import org.ansim.database.DemoMode;
import org.ansim.settings.PolicySettings;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, a caseload in every state: every case the other modules' demo data opened before (the police
 * referrals and the one-stop applications of months) taken along its lifecycle through the case's own domain methods: the newest new and unassigned, some assigned to
 * {@code demo-case-manager} (a few overdue for the first contact), others contacted, active, post-managed, closed
 * and reopened, shared among three case managers. Created once; a restart (or a second node) adds nothing.
 */
@Component
@Order(100)
class DemoCases implements ApplicationRunner {

    static final String UNIT_LEAD = "demo-unit-lead";
    static final String DEMO_MANAGER = "demo-case-manager";
    static final List<String> MANAGERS =
            List.of(DEMO_MANAGER, DEMO_MANAGER, "demo-case-manager-park", "demo-case-manager-lee");

    private final DemoMode demo;
    private final Cases cases;
    private final FirstContactDeadlines deadlines;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoCases(
            DemoMode demo,
            Cases cases,
            FirstContactDeadlines deadlines,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            Clock clock) {
        this.demo = demo;
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
        var developed = jdbc.sql("SELECT count(*) FROM cases_case WHERE case_manager IS NOT NULL")
                .query(Long.class)
                .single();
        if (developed > 0) {
            return;
        }
        var now = clock.instant();
        var caseload = jdbc.sql("""
                        SELECT id, opened_at FROM cases_case
                         WHERE status = 'NEW' AND case_manager IS NULL ORDER BY opened_at, number""")
                .query((rs, n) -> Map.entry(
                        rs.getObject("id", UUID.class),
                        rs.getTimestamp("opened_at").toInstant()))
                .list();
        for (int i = 0; i < caseload.size(); i++) {
            var opened = cases.findById(caseload.get(i).getKey()).orElseThrow();
            develop(opened, i, caseload.get(i).getValue(), now);
            cases.saveAndFlush(opened);
        }
    }

    /**
     * Takes case {@code i} as far along its lifecycle as its place in the caseload and its age say: the newest are
     * still new or just assigned; older ones contacted, active, post-managed, closed or reopened.
     */
    private void develop(Case opened, int i, Instant openedAt, Instant now) {
        var plan = i % 9;
        var age = Duration.between(openedAt, now);
        if (plan <= 2 && age.toDays() > 45) {
            plan = 3 + i % 6;
        }
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
}
