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
    public record Candidate(CaseId caseId, CaseNumber caseNumber, Set<AgendaReason> reasons) {}

    /** The rules' numbers, read on the meeting's date. */
    public record Thresholds(int escalationIncidents, int windowMonths) {

        static Thresholds on(PolicySettings settings, Instant asOf) {
            var day = asOf.atZone(PolicySettings.ZONE).toLocalDate();
            return new Thresholds((int) settings.number("conference.escalation-incidents", day), (int)
                    settings.number("conference.window-months", day));
        }
    }

    /**
     * The one SQL read of the incident-based rules; {@code ConferenceAgendaBenchmark} times it as is. It reads one row
     * per case: the triggers of V42_2 keep on it when its latest 50 incidents happened (50 is the highest the escalation
     * setting may be) and when the first incident after its last conference happened. A case is escalated when its
     * {@code threshold}-th latest incident lies in the window; should any incident lie after the meeting (an agenda
     * rebuilt for a past meeting), the incidents in the window are counted instead.
     */
    public static final String RULES_SQL = """
            SELECT c.case_id, c.case_number, c.status,
                   (c.police_risk_level = 'HIGH') AS police_high,
                   coalesce(CASE WHEN c.latest_incidents[1] <= CAST(:asOf AS timestamptz)
                                 THEN c.latest_incidents[CAST(:threshold AS int)]
                                          > CAST(:asOf AS timestamptz) - make_interval(months => :window)
                                 ELSE (SELECT count(*) FROM unnest(c.latest_incidents) AS t
                                        WHERE t >  CAST(:asOf AS timestamptz) - make_interval(months => :window)
                                          AND t <= CAST(:asOf AS timestamptz)) >= :threshold
                            END, false) AS escalated,
                   coalesce(c.first_incident_after_conference <= c.last_conference_at + make_interval(months => :window)
                        AND c.first_incident_after_conference <= CAST(:asOf AS timestamptz), false) AS repeat
              FROM conference_case c
             WHERE c.latest_incidents[CAST(:threshold AS int)]
                       > CAST(:asOf AS timestamptz) - make_interval(months => :window)
                OR (c.first_incident_after_conference <= c.last_conference_at + make_interval(months => :window)
                    AND c.first_incident_after_conference <= CAST(:asOf AS timestamptz))
                OR (c.police_risk_level = 'HIGH' AND c.status NOT IN ('POST_MANAGEMENT', 'CLOSED'))""";

    /** How many of a case's latest incidents {@code conference_case.latest_incidents} keeps (V42_2). */
    static final int LATEST_KEPT = 50;

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
        if (thresholds.escalationIncidents() < 1 || thresholds.escalationIncidents() > LATEST_KEPT) {
            throw new IllegalArgumentException("conference.escalation-incidents must be 1 to " + LATEST_KEPT);
        }
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
                    if (rs.getBoolean("escalated")) {
                        reasons.add(AgendaReason.ESCALATION);
                    }
                    if (rs.getBoolean("repeat")) {
                        reasons.add(AgendaReason.REPEAT);
                    }
                    if (reasons.isEmpty()) {
                        return; // a closed police-HIGH case, or one whose latest incidents lie after the meeting
                    }
                    var id = rs.getObject("case_id", UUID.class);
                    found.put(id, new Candidate(new CaseId(id), new CaseNumber(rs.getString("case_number")), reasons));
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
                    id -> new Candidate(risk.caseId(), new CaseNumber(known[0]), EnumSet.noneOf(AgendaReason.class)));
            if (risk.level() == RiskLevel.HIGH) {
                candidate.reasons().add(AgendaReason.HIGH_RISK);
            }
            if (risk.raisedOnJudgement()) {
                candidate.reasons().add(AgendaReason.JUDGEMENT);
            }
        }
    }
}
