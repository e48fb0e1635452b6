package org.ansim.risk.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.ansim.cases.CaseActivityNoted;
import org.ansim.cases.CaseId;
import org.ansim.risk.RiskAssessed;
import org.ansim.risk.RiskAssessmentId;
import org.ansim.risk.RiskLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One risk screening of a case, never edited: a new screening is a new record, so the history shows the trend. The
 * level is counted from the "yes" answers by the bands in force that day (kept with it); the assessor may raise it on
 * her professional judgement with a written reason, and may never lower it below the counted level.
 */
@Entity
@Table(name = "risk_assessment")
public class RiskAssessment extends AbstractAggregateRoot<RiskAssessment> {

    public static final int MAX_REASON = 2000;

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID caseId;

    @Column(nullable = false)
    private String questionnaireVersion;

    @Column(nullable = false)
    private String answers;

    private String subScreenAnswers;

    @Column(nullable = false)
    private int yesCount;

    private Integer subScreenYesCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RiskLevel countedLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RiskLevel level;

    private String judgementReason;

    @Column(nullable = false)
    private int highMinYes;

    @Column(nullable = false)
    private int mediumMinYes;

    @Column(nullable = false)
    private LocalDate bandsValidFrom;

    private String policeRiskLevel;

    @Column(nullable = false)
    private String assessedBy;

    @Column(nullable = false)
    private Instant assessedAt;

    @Version
    private Long version;

    protected RiskAssessment() {}

    /**
     * Screens a case.
     *
     * @param judgement the level the assessor judges right, or {@code null} to keep the counted level
     * @param reason why, required when the judgement raises the level
     * @throws ScreeningInvalid when an item of the questionnaire is unanswered or an unknown item is answered
     * @throws RiskRuleViolated when the judgement would lower the level, or raises it without a reason
     */
    public static RiskAssessment screen(
            CaseId caseId,
            Questionnaire questionnaire,
            Map<String, Answer> answers,
            @Nullable Map<String, Answer> subScreen,
            RiskBands bands,
            @Nullable RiskLevel judgement,
            @Nullable String reason,
            @Nullable String policeRiskLevel,
            String assessor,
            Instant at) {
        requireExactly(questionnaire.items(), answers, "answers");
        var offered = questionnaire.offersSubScreen(answers);
        var withSubScreen = subScreen != null && !subScreen.isEmpty();
        if (withSubScreen && !offered) {
            throw new RiskRuleViolated(
                    "risk-sub-screen-not-offered",
                    "risk.refused.subScreen",
                    "The stalking sub-screen is only asked after two or more incidents or when the victim is very"
                            + " frightened");
        }
        if (withSubScreen) {
            requireExactly(questionnaire.subScreenItems(), subScreen, "subScreen");
        }
        var yes = Questionnaire.yesCount(answers);
        var counted = bands.levelFor(yes);
        var reasonText = reason == null || reason.isBlank() ? null : reason.strip();
        var level = counted;
        if (judgement != null && judgement != counted) {
            if (counted.isAbove(judgement)) {
                throw new RiskRuleViolated(
                        "risk-judgement-lowers-level",
                        "risk.refused.lowering",
                        "Professional judgement may raise the level, never lower it below the counted " + counted);
            }
            if (reasonText == null) {
                throw new RiskRuleViolated(
                        "risk-judgement-without-reason",
                        "risk.refused.reason",
                        "Raising the level on judgement needs a written reason");
            }
            level = judgement;
        }
        if (reasonText != null && reasonText.length() > MAX_REASON) {
            throw new ScreeningInvalid("judgement.reason", "is longer than " + MAX_REASON + " characters");
        }
        var assessment = new RiskAssessment();
        assessment.id = UUID.randomUUID();
        assessment.caseId = caseId.value();
        assessment.questionnaireVersion = questionnaire.version();
        assessment.answers = Questionnaire.encode(questionnaire.items(), answers);
        assessment.subScreenAnswers =
                withSubScreen ? Questionnaire.encode(questionnaire.subScreenItems(), subScreen) : null;
        assessment.yesCount = (int) yes;
        assessment.subScreenYesCount = withSubScreen ? (int) Questionnaire.yesCount(subScreen) : null;
        assessment.countedLevel = counted;
        assessment.level = level;
        assessment.judgementReason = level != counted ? reasonText : null;
        assessment.highMinYes = bands.highMinYes();
        assessment.mediumMinYes = bands.mediumMinYes();
        assessment.bandsValidFrom = bands.validFrom();
        assessment.policeRiskLevel = policeRiskLevel;
        assessment.assessedBy = assessor;
        assessment.assessedAt = at;
        var raised = level != counted;
        assessment.registerEvent(new RiskAssessed(assessment.id(), caseId, level, counted, raised, at));
        assessment.registerEvent(new CaseActivityNoted(
                caseId, "risk", "RISK_SCREENED", level.name() + (raised ? " (judgement)" : ""), assessor, at));
        return assessment;
    }

    private static void requireExactly(java.util.List<String> items, Map<String, Answer> answers, String field) {
        for (var code : items) {
            if (answers.get(code) == null) {
                throw new ScreeningInvalid(field + "." + code, "must be answered YES, NO or UNKNOWN");
            }
        }
        for (var code : answers.keySet()) {
            if (!items.contains(code)) {
                throw new ScreeningInvalid(field + "." + code, "is not an item of this questionnaire");
            }
        }
    }

    public RiskAssessmentId id() {
        return new RiskAssessmentId(id);
    }

    public CaseId caseId() {
        return new CaseId(caseId);
    }

    public String questionnaireVersion() {
        return questionnaireVersion;
    }

    public Map<String, Answer> answers() {
        return Questionnaire.decode(answers);
    }

    public Map<String, Answer> subScreenAnswers() {
        return Questionnaire.decode(subScreenAnswers);
    }

    public int yesCount() {
        return yesCount;
    }

    public @Nullable Integer subScreenYesCount() {
        return subScreenYesCount;
    }

    public RiskLevel countedLevel() {
        return countedLevel;
    }

    public RiskLevel level() {
        return level;
    }

    public boolean raisedOnJudgement() {
        return level != countedLevel;
    }

    public @Nullable String judgementReason() {
        return judgementReason;
    }

    public RiskBands bands() {
        return new RiskBands(highMinYes, mediumMinYes, bandsValidFrom);
    }

    public @Nullable String policeRiskLevel() {
        return policeRiskLevel;
    }

    public String assessedBy() {
        return assessedBy;
    }

    public Instant assessedAt() {
        return assessedAt;
    }
}
