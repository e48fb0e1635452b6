package org.ansim.risk.internal;

import java.time.Clock;
import java.util.Map;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseSummary;
import org.ansim.risk.RiskLevel;
import org.ansim.settings.PolicySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case manager (or unit lead) screens the victim's risk with her: the level counted by the bands in force today,
 * raised on judgement where the assessor says why. The caller has checked that the person may see the case.
 */
@Service
public class AssessRisk {

    static final String HIGH_MIN_YES = "risk.high-min-yes";
    static final String MEDIUM_MIN_YES = "risk.medium-min-yes";

    public record Screening(
            Map<String, Answer> answers,
            @Nullable Map<String, Answer> subScreen,
            @Nullable RiskLevel judgement,
            @Nullable String reason) {}

    private final RiskAssessments assessments;
    private final PolicySettings settings;
    private final AuditLog audit;
    private final Clock clock;

    AssessRisk(RiskAssessments assessments, PolicySettings settings, AuditLog audit, Clock clock) {
        this.assessments = assessments;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
    public RiskAssessment execute(CaseSummary found, Screening screening, String assessor) {
        var saved = assessments.save(RiskAssessment.screen(
                found.id(),
                Questionnaire.CURRENT,
                screening.answers(),
                screening.subScreen(),
                bandsToday(),
                screening.judgement(),
                screening.reason(),
                found.policeRiskLevel(),
                assessor,
                clock.instant()));
        audit.record(
                AuditAction.CREATE,
                AuditSubject.of("risk-assessment", found.number().value()),
                saved.level().name());
        return saved;
    }

    /** The bands in force today, to show beside the form. */
    public RiskBands bandsTodayForPage() {
        return bandsToday();
    }

    /** The bands in force today, with the date from which the later of the two values is in force. */
    public RiskBands bandsToday() {
        var today = settings.today();
        var high = settings.valueOn(HIGH_MIN_YES, today);
        var medium = settings.valueOn(MEDIUM_MIN_YES, today);
        var from = high.validFrom().isAfter(medium.validFrom()) ? high.validFrom() : medium.validFrom();
        return new RiskBands((int) high.asLong(), (int) medium.asLong(), from);
    }
}
