package org.ansim.risk.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.ansim.cases.CaseLookup;
import org.ansim.database.DemoMode;
import org.ansim.risk.RiskLevel;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, screenings with a history on {@code demo-case-manager}'s cases (after the cases module developed the
 * caseload, order 100): three screenings a month apart, rising, falling or raised on judgement, so the risk tab shows
 * a trend. Created once; a restart adds nothing.
 */
@Component
@Order(110)
class DemoRisk implements ApplicationRunner {

    private final DemoMode demo;
    private final RiskAssessments assessments;
    private final CaseLookup cases;
    private final AssessRisk assess;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoRisk(
            DemoMode demo,
            RiskAssessments assessments,
            CaseLookup cases,
            AssessRisk assess,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            Clock clock) {
        this.demo = demo;
        this.assessments = assessments;
        this.cases = cases;
        this.assess = assess;
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
        jdbc.sql("SELECT pg_advisory_xact_lock(7340)").query().singleValue();
        if (assessments.count() > 0) {
            return;
        }
        var caseload = cases.caseloadOf("demo-case-manager").stream().limit(12).toList();
        var bands = assess.bandsToday();
        var now = clock.instant();
        for (int i = 0; i < caseload.size(); i++) {
            var summary = caseload.get(i);
            int[] yes = switch (i % 4) {
                case 0 -> new int[] {8, 11, 15};
                case 1 -> new int[] {15, 12, 9};
                case 2 -> new int[] {6, 7, 9};
                default -> new int[] {10, 13, 13};
            };
            for (int s = 0; s < yes.length; s++) {
                var at = now.minus(Duration.ofDays(60L - 30L * s + i));
                var raise = i % 4 == 2 && s == yes.length - 1;
                assessments.save(RiskAssessment.screen(
                        summary.id(),
                        Questionnaire.CURRENT,
                        answers(yes[s], i + s),
                        null,
                        bands,
                        raise ? RiskLevel.HIGH : null,
                        raise ? "데모: 가해자가 최근 피해자 직장 앞에서 흉기를 보였다는 동료 진술" : null,
                        summary.policeRiskLevel(),
                        "demo-case-manager",
                        at));
            }
        }
    }

    /** {@code yes} items answered yes, the first always (so the sub-screen is offered), one unknown. */
    private static Map<String, Answer> answers(int yes, int seed) {
        var answers = new HashMap<String, Answer>();
        var items = Questionnaire.CURRENT.items();
        for (int k = 0; k < items.size(); k++) {
            var index = (k + seed) % items.size();
            answers.put(items.get(index), k < yes ? Answer.YES : (k == yes ? Answer.UNKNOWN : Answer.NO));
        }
        return answers;
    }
}
