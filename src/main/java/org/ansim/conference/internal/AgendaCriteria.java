package org.ansim.conference.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ansim.cases.CaseId;
import org.ansim.cases.CaseNumber;
import org.ansim.conference.AgendaReason;
import org.ansim.risk.CaseRisk;
import org.ansim.risk.RiskLevel;
import org.ansim.risk.RiskRegister;
import org.ansim.settings.PolicySettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The agenda rules (LAW.md, "Case conference"), as one read over the conference's own tables plus the risk register:
 * high by the police's referral; escalation — at least {@code conference.escalation-incidents} incidents in the
 * {@code conference.window-months} before the meeting; repeat — an incident after the case's last conference and within
 * the window of it; and, from the risk module, high by Ansim's screening or raised on the assessor's judgement. Closed
 * and post-managed cases are left to post-management unless an incident brings them back.
 */
@Component
public class AgendaCriteria {

    /** A case the rules put on the agenda, with every reason that applies. */
    public record Candidate(CaseId caseId, CaseNumber caseNumber, Set<AgendaReason> reasons, int recentIncidents) {}

    /** The rules' numbers, read on the meeting's date. */
    public record Thresholds(int escalationIncidents, int windowMonths) {

        static Thresholds on(PolicySettings settings, Instant asOf) {
            var day = asOf.atZone(PolicySettings.ZONE).toLocalDate();
            return new Thresholds((int) settings.number("conference.escalation-incidents", day), (int)
                    settings.number("conference.window-months", day));
        }
    }

    /** The one SQL read of the incident-based rules; {@code ConferenceAgendaBenchmark} times it as is. */
    public static final String RULES_SQL = """
            WITH recent AS (
                SELECT case_id, count(*) AS n
                  FROM conference_incident
                 WHERE withdrawn_at IS NULL
                   AND occurred_at >  CAST(:asOf AS timestamptz) - make_interval(months => :window)
                   AND occurred_at <= CAST(:asOf AS timestamptz)
                 GROUP BY case_id
                HAVING count(*) >= :threshold
            ), repeat AS (
                SELECT c.case_id
                  FROM conference_case c
                 WHERE c.last_conference_at IS NOT NULL
                   AND EXISTS (SELECT 1 FROM conference_incident i
                                WHERE i.case_id = c.case_id AND i.withdrawn_at IS NULL
                                  AND i.occurred_at >  c.last_conference_at
                                  AND i.occurred_at <= c.last_conference_at + make_interval(months => :window)
                                  AND i.occurred_at <= CAST(:asOf AS timestamptz))
            ), high AS (
                SELECT case_id FROM conference_case
                 WHERE police_risk_level = 'HIGH' AND status NOT IN ('POST_MANAGEMENT', 'CLOSED')
            ), candidates AS (
                SELECT case_id FROM recent UNION SELECT case_id FROM repeat UNION SELECT case_id FROM high
            )
            SELECT c.case_id, c.case_number, c.status,
                   (c.police_risk_level = 'HIGH') AS police_high,
                   coalesce(r.n, 0) AS recent,
                   (p.case_id IS NOT NULL) AS repeat
              FROM candidates k
              JOIN conference_case c ON c.case_id = k.case_id
              LEFT JOIN recent r ON r.case_id = k.case_id
              LEFT JOIN repeat p ON p.case_id = k.case_id""";

    private final JdbcClient jdbc;
    private final RiskRegister risks;
    private final PolicySettings settings;

    /** Public for {@code ConferenceAgendaBenchmark}, which builds the agenda without the application around it. */
    public AgendaCriteria(JdbcClient jdbc, RiskRegister risks, PolicySettings settings) {
        this.jdbc = jdbc;
        this.risks = risks;
        this.settings = settings;
    }

    /** Every case the rules put on the agenda of a meeting at {@code asOf}, by case number. */
    public List<Candidate> evaluate(Instant asOf) {
        return evaluate(asOf, Thresholds.on(settings, asOf));
    }

    /** The same with the rules' numbers given. */
    public List<Candidate> evaluate(Instant asOf, Thresholds thresholds) {
        var found = new LinkedHashMap<UUID, Candidate>();
        jdbc.sql(RULES_SQL)
                .param("asOf", Timestamp.from(asOf))
                .param("window", thresholds.windowMonths())
                .param("threshold", thresholds.escalationIncidents())
                .query(rs -> {
                    var reasons = EnumSet.noneOf(AgendaReason.class);
                    var open = !Set.of("POST_MANAGEMENT", "CLOSED").contains(rs.getString("status"));
                    if (rs.getBoolean("police_high") && open) {
                        reasons.add(AgendaReason.POLICE_HIGH);
                    }
                    var recent = rs.getInt("recent");
                    if (recent >= thresholds.escalationIncidents()) {
                        reasons.add(AgendaReason.ESCALATION);
                    }
                    if (rs.getBoolean("repeat")) {
                        reasons.add(AgendaReason.REPEAT);
                    }
                    var id = rs.getObject("case_id", UUID.class);
                    found.put(
                            id,
                            new Candidate(
                                    new CaseId(id), new CaseNumber(rs.getString("case_number")), reasons, recent));
                });
        addRisks(found);
        var result = new ArrayList<>(found.values());
        result.sort(java.util.Comparator.comparing(c -> c.caseNumber().value()));
        return result;
    }

    /** Ansim's own screening: high, or raised on judgement, for cases not closed or post-managed. */
    private void addRisks(Map<UUID, Candidate> found) {
        var flagged = risks.highOrRaisedOnJudgement();
        if (flagged.isEmpty()) {
            return;
        }
        var ids = flagged.stream().map(r -> r.caseId().value()).distinct().toList();
        Map<UUID, String[]> cases = new java.util.HashMap<>();
        jdbc.sql("SELECT case_id, case_number, status FROM conference_case WHERE case_id = ANY(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query(rs -> {
                    cases.put(
                            rs.getObject("case_id", UUID.class),
                            new String[] {rs.getString("case_number"), rs.getString("status")});
                });
        for (CaseRisk risk : flagged) {
            var known = cases.get(risk.caseId().value());
            if (known == null || Set.of("POST_MANAGEMENT", "CLOSED").contains(known[1])) {
                continue;
            }
            var candidate = found.computeIfAbsent(
                    risk.caseId().value(),
                    id -> new Candidate(
                            risk.caseId(), new CaseNumber(known[0]), EnumSet.noneOf(AgendaReason.class), 0));
            if (risk.level() == RiskLevel.HIGH) {
                candidate.reasons().add(AgendaReason.HIGH_RISK);
            }
            if (risk.raisedOnJudgement()) {
                candidate.reasons().add(AgendaReason.JUDGEMENT);
            }
        }
    }
}
