package org.ansim.orders.internal;

import java.time.Clock;
import java.time.Duration;
import org.ansim.cases.CaseLookup;
import org.ansim.database.DemoMode;
import org.ansim.orders.OrderKind;
import org.ansim.settings.PolicySettings;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, orders on {@code demo-case-manager}'s cases: a provisional measure no. 2 that lapses in four days (its
 * warning and {@code ORDER_EXPIRING} alert come at once), an approved emergency measure, an electronic-monitoring
 * order extended once, and an emergency measure still awaiting the judge. Created once.
 */
@Component
@Order(115)
class DemoOrders implements ApplicationRunner {

    private final DemoMode demo;
    private final Orders orders;
    private final OrderDeadlines deadlines;
    private final CaseLookup cases;
    private final PolicySettings settings;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoOrders(
            DemoMode demo,
            Orders orders,
            OrderDeadlines deadlines,
            CaseLookup cases,
            PolicySettings settings,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            Clock clock) {
        this.demo = demo;
        this.orders = orders;
        this.deadlines = deadlines;
        this.cases = cases;
        this.settings = settings;
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
        jdbc.sql("SELECT pg_advisory_xact_lock(7341)").query().singleValue();
        if (orders.findBySourceKey("demo:0").isPresent()) {
            return;
        }
        var caseload = cases.caseloadOf("demo-case-manager").stream().limit(4).toList();
        var today = settings.today();
        var limits = OrderLimits.on(settings, today);
        var now = clock.instant();
        for (int i = 0; i < caseload.size(); i++) {
            var summary = caseload.get(i);
            var terms = switch (i) {
                case 0 ->
                    new MeasureTerms(
                            OrderKind.PROVISIONAL_MEASURE,
                            "2",
                            today.minusMonths(3).plusDays(4),
                            today.plusDays(4),
                            100,
                            false,
                            null);
                case 1 ->
                    new MeasureTerms(
                            OrderKind.EMERGENCY_MEASURE,
                            null,
                            today.minusDays(2),
                            today.plusDays(20),
                            100,
                            true,
                            now.minus(Duration.ofHours(20)));
                case 2 ->
                    new MeasureTerms(
                            OrderKind.PROVISIONAL_MEASURE,
                            "3-2",
                            today.minusMonths(4),
                            today.minusMonths(1),
                            null,
                            false,
                            null);
                default ->
                    new MeasureTerms(OrderKind.EMERGENCY_MEASURE, null, today, today.plusDays(25), 100, true, null);
            };
            var order = ProtectiveOrder.record(
                    summary.id(), summary.number().value(), terms, limits, "demo:" + i, "demo-case-manager", now);
            if (i == 2) {
                order.extend(today.plusMonths(2).minusDays(1), today.minusMonths(1), "demo-case-manager", now);
            }
            deadlines.schedule(orders.save(order));
        }
    }
}
