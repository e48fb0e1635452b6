package org.ansim.risk.internal;

import java.util.List;
import java.util.Optional;
import org.ansim.cases.CaseId;
import org.ansim.risk.CaseRisk;
import org.ansim.risk.RiskLevel;
import org.ansim.risk.RiskRegister;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A case's screenings, newest first, and the register other modules ask. */
@Service
public class RiskHistory implements RiskRegister {

    private final RiskAssessments assessments;
    private final JdbcClient jdbc;

    RiskHistory(RiskAssessments assessments, JdbcClient jdbc) {
        this.assessments = assessments;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<RiskAssessment> of(CaseId caseId) {
        return assessments.findByCaseIdOrderByAssessedAtDesc(caseId.value());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseRisk> findLatest(CaseId caseId) {
        return of(caseId).stream()
                .findFirst()
                .map(a -> new CaseRisk(caseId, a.level(), a.raisedOnJudgement(), a.assessedAt()));
    }

    @Override
    public List<CaseRisk> highOrRaisedOnJudgement() {
        return jdbc.sql("""
                        SELECT case_id, level, level <> counted_level AS raised, assessed_at
                          FROM (SELECT DISTINCT ON (case_id) case_id, level, counted_level, assessed_at
                                  FROM risk_assessment
                                 ORDER BY case_id, assessed_at DESC, id) latest
                         WHERE level = 'HIGH' OR level <> counted_level
                         ORDER BY assessed_at DESC""")
                .query((rs, n) -> new CaseRisk(
                        new CaseId(rs.getObject("case_id", java.util.UUID.class)),
                        RiskLevel.valueOf(rs.getString("level")),
                        rs.getBoolean("raised"),
                        rs.getTimestamp("assessed_at").toInstant()))
                .list();
    }
}
