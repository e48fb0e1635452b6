package org.ansim.services.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ansim.identity.OrganisationDirectory;
import org.ansim.providers.ServiceKind;
import org.ansim.services.ClaimState;
import org.ansim.services.LegalCaseType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The money read models: claims waiting for the unit lead, a referral's claims and legal steps, cases at the
 * counselling limit, and the budget per service kind and month (by the month a claim came in; spent = approved,
 * committed = waiting for approval, remaining = the budget in force less both).
 */
@Component
public class ClaimQueries {

    public record PendingClaim(
            UUID id,
            String caseNumber,
            ServiceKind service,
            long amountWon,
            LocalDate incurredOn,
            String description,
            String organisation,
            String submittedBy,
            Instant submittedAt,
            long capWon,
            long victimTotalBefore,
            String receiptType) {

        public long overCapBy() {
            return Math.max(0, victimTotalBefore + amountWon - capWon);
        }
    }

    public record ClaimLine(
            UUID id,
            ServiceKind service,
            long amountWon,
            LocalDate incurredOn,
            String description,
            ClaimState state,
            Instant submittedAt,
            String submittedBy,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt,
            @Nullable String decisionReason,
            @Nullable Long decidedCapWon,
            @Nullable LocalDate decidedCapValidFrom) {}

    public record LegalStepLine(
            UUID id,
            LegalCaseType caseType,
            String court,
            @Nullable LocalDate hearingOn,
            @Nullable String description,
            String recordedBy,
            Instant recordedAt,
            @Nullable Instant remindedAt) {}

    /** A case whose counselling sessions reached the limit: more need the unit lead's extension. */
    public record AtCounsellingLimit(String caseNumber, int used, int limit) {}

    /** @param remainingAfterWon the budget less everything spent and committed up to the end of this month */
    public record BudgetMonth(int month, long committedWon, long spentWon, long remainingAfterWon) {}

    public record KindBudget(
            ServiceKind service,
            long budgetWon,
            LocalDate budgetValidFrom,
            long capWon,
            long committedWon,
            long spentWon,
            List<BudgetMonth> months) {

        public long remainingWon() {
            return budgetWon - committedWon - spentWon;
        }
    }

    public record Budget(int year, List<KindBudget> kinds) {}

    private final JdbcClient jdbc;
    private final ClaimLimits limits;
    private final OrganisationDirectory organisations;
    private final org.ansim.settings.PolicySettings settings;

    ClaimQueries(
            JdbcClient jdbc,
            ClaimLimits limits,
            OrganisationDirectory organisations,
            org.ansim.settings.PolicySettings settings) {
        this.jdbc = jdbc;
        this.limits = limits;
        this.organisations = organisations;
        this.settings = settings;
    }

    public List<PendingClaim> pendingApprovals() {
        var names = organisations.all().stream()
                .collect(Collectors.toMap(e -> e.id().value(), OrganisationDirectory.Entry::name, (a, b) -> a));
        return jdbc.sql("""
                        SELECT id, case_number, kind, amount_won, incurred_on, description, organisation_id,
                               submitted_by, submitted_at, cap_won, victim_total_before, receipt_type
                          FROM services_claim WHERE state = 'PENDING_APPROVAL' ORDER BY submitted_at""")
                .query((rs, n) -> {
                    var organisation = rs.getObject("organisation_id", UUID.class);
                    return new PendingClaim(
                            rs.getObject("id", UUID.class),
                            rs.getString("case_number"),
                            ServiceKind.valueOf(rs.getString("kind")),
                            rs.getLong("amount_won"),
                            rs.getObject("incurred_on", LocalDate.class),
                            rs.getString("description"),
                            names.getOrDefault(organisation, organisation.toString()),
                            rs.getString("submitted_by"),
                            instant(rs, "submitted_at"),
                            rs.getLong("cap_won"),
                            rs.getLong("victim_total_before"),
                            rs.getString("receipt_type"));
                })
                .list();
    }

    public List<ClaimLine> claimsOfReferral(UUID referralId) {
        return claims("referral_id", referralId);
    }

    public List<ClaimLine> claimsOfCase(UUID caseId) {
        return claims("case_id", caseId);
    }

    private List<ClaimLine> claims(String column, UUID id) {
        return jdbc.sql("SELECT * FROM services_claim WHERE " + column + " = ? ORDER BY submitted_at")
                .param(id)
                .query((rs, n) -> new ClaimLine(
                        rs.getObject("id", UUID.class),
                        ServiceKind.valueOf(rs.getString("kind")),
                        rs.getLong("amount_won"),
                        rs.getObject("incurred_on", LocalDate.class),
                        rs.getString("description"),
                        ClaimState.valueOf(rs.getString("state")),
                        instant(rs, "submitted_at"),
                        rs.getString("submitted_by"),
                        rs.getString("decided_by"),
                        instantOrNull(rs, "decided_at"),
                        rs.getString("decision_reason"),
                        rs.getObject("decided_cap_won", Long.class),
                        rs.getObject("decided_cap_valid_from", LocalDate.class)))
                .list();
    }

    public List<LegalStepLine> legalStepsOfReferral(UUID referralId) {
        return legalSteps("referral_id", referralId);
    }

    public List<LegalStepLine> legalStepsOfCase(UUID caseId) {
        return legalSteps("case_id", caseId);
    }

    private List<LegalStepLine> legalSteps(String column, UUID id) {
        return jdbc.sql("SELECT * FROM services_legal_step WHERE " + column
                        + " = ? ORDER BY hearing_on NULLS LAST, recorded_at")
                .param(id)
                .query((rs, n) -> new LegalStepLine(
                        rs.getObject("id", UUID.class),
                        LegalCaseType.valueOf(rs.getString("case_type")),
                        rs.getString("court"),
                        rs.getObject("hearing_on", LocalDate.class),
                        rs.getString("description"),
                        rs.getString("recorded_by"),
                        instant(rs, "recorded_at"),
                        instantOrNull(rs, "reminded_at")))
                .list();
    }

    public List<AtCounsellingLimit> casesAtCounsellingLimit(LocalDate today) {
        var base = (int) settings.number(CounsellingAllowance.SETTING, today);
        return jdbc.sql("""
                        SELECT p.case_number, s.used,
                               :base + COALESCE((SELECT SUM(e.additional_sessions) FROM services_session_extension e
                                                  WHERE e.case_id = s.case_id), 0) AS session_limit
                          FROM (SELECT case_id, COUNT(*) AS used FROM services_session
                                 WHERE kind = 'COUNSELLING' GROUP BY case_id) s
                          JOIN services_plan p ON p.case_id = s.case_id
                         WHERE s.used >= :base + COALESCE((SELECT SUM(e.additional_sessions)
                                FROM services_session_extension e WHERE e.case_id = s.case_id), 0)
                         ORDER BY p.case_number""")
                .param("base", base)
                .query((rs, n) -> new AtCounsellingLimit(rs.getString(1), rs.getInt(2), rs.getInt(3)))
                .list();
    }

    /** The year's budget per claimable kind: the budget and cap in force on {@code on}, committed and spent by month. */
    public Budget budget(int year, LocalDate on) {
        var kinds = new ArrayList<KindBudget>();
        for (var kind : ClaimLimits.CLAIMABLE) {
            Map<Integer, long[]> byMonth = new java.util.TreeMap<>();
            for (int month = 1; month <= 12; month++) {
                byMonth.put(month, new long[2]);
            }
            jdbc.sql("""
                            SELECT EXTRACT(MONTH FROM submitted_at AT TIME ZONE 'Asia/Seoul')::int AS month,
                                   COALESCE(SUM(amount_won) FILTER (WHERE state = 'PENDING_APPROVAL'), 0) AS committed,
                                   COALESCE(SUM(amount_won) FILTER (WHERE state = 'APPROVED'), 0) AS spent
                              FROM services_claim WHERE kind = ? AND budget_year = ? GROUP BY 1""")
                    .params(kind.name(), year)
                    .query((rs, n) -> {
                        var sums = byMonth.get(rs.getInt("month"));
                        sums[0] = rs.getLong("committed");
                        sums[1] = rs.getLong("spent");
                        return 0;
                    })
                    .list();
            var budget = limits.budget(kind, on);
            var months = new ArrayList<BudgetMonth>();
            var remaining = budget.won();
            for (var entry : byMonth.entrySet()) {
                remaining -= entry.getValue()[0] + entry.getValue()[1];
                months.add(new BudgetMonth(entry.getKey(), entry.getValue()[0], entry.getValue()[1], remaining));
            }
            kinds.add(new KindBudget(
                    kind,
                    budget.won(),
                    budget.validFrom(),
                    limits.cap(kind, on).won(),
                    months.stream().mapToLong(BudgetMonth::committedWon).sum(),
                    months.stream().mapToLong(BudgetMonth::spentWon).sum(),
                    List.copyOf(months)));
        }
        return new Budget(year, List.copyOf(kinds));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
