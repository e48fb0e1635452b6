package org.ansim.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import org.ansim.cases.CaseId;
import org.ansim.risk.RiskLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskScreeningRulesTests {

    static final RiskBands DEFAULT = new RiskBands(14, 10, LocalDate.of(2000, 1, 1));

    @ParameterizedTest(name = "{0} yes -> {1}")
    @CsvSource({"0, STANDARD", "9, STANDARD", "10, MEDIUM", "13, MEDIUM", "14, HIGH", "24, HIGH"})
    void theLevelIsCountedFromTheYesAnswersByTheBandsAtTheirBoundaries(int yes, RiskLevel level) {
        var assessment = screen(yes, null, null);

        assertThat(assessment.yesCount()).isEqualTo(yes);
        assertThat(assessment.countedLevel()).isEqualTo(level);
        assertThat(assessment.level()).isEqualTo(level);
        assertThat(assessment.raisedOnJudgement()).isFalse();
    }

    @Test
    void theBandsInForceAreKeptWithTheScreening() {
        var other = new RiskBands(12, 8, LocalDate.of(2026, 1, 1));
        var assessment = RiskAssessment.screen(
                CaseId.random(),
                Questionnaire.CURRENT,
                ScreeningMother.withYes(12),
                null,
                other,
                null,
                null,
                null,
                "demo-case-manager",
                Instant.now());

        assertThat(assessment.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(assessment.bands()).isEqualTo(other);
    }

    @Test
    void judgementRaisesTheLevelWithAWrittenReason() {
        var assessment = screen(9, RiskLevel.HIGH, "가해자가 최근 흉기를 구입했다고 피해자가 진술");

        assertThat(assessment.countedLevel()).isEqualTo(RiskLevel.STANDARD);
        assertThat(assessment.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(assessment.raisedOnJudgement()).isTrue();
        assertThat(assessment.judgementReason()).contains("흉기");
    }

    @Test
    void judgementNeverLowersTheLevelBelowTheCountedOne() {
        assertThatThrownBy(() -> screen(14, RiskLevel.MEDIUM, "피해자가 괜찮다고 함"))
                .isInstanceOfSatisfying(
                        RiskRuleViolated.class,
                        refused -> assertThat(refused.problemType()).isEqualTo("risk-judgement-lowers-level"));
        assertThatThrownBy(() -> screen(10, RiskLevel.STANDARD, "이유")).isInstanceOf(RiskRuleViolated.class);
    }

    @Test
    void raisingWithoutAReasonIsRefused() {
        assertThatThrownBy(() -> screen(3, RiskLevel.MEDIUM, " "))
                .isInstanceOfSatisfying(
                        RiskRuleViolated.class,
                        refused -> assertThat(refused.problemType()).isEqualTo("risk-judgement-without-reason"));
    }

    @Test
    void aJudgementEqualToTheCountedLevelRaisesNothing() {
        var assessment = screen(10, RiskLevel.MEDIUM, null);

        assertThat(assessment.raisedOnJudgement()).isFalse();
        assertThat(assessment.judgementReason()).isNull();
    }

    @Test
    void everyItemMustBeAnswered() {
        var answers = new HashMap<>(ScreeningMother.withYes(5));
        answers.remove("Q17");

        assertThatThrownBy(() -> RiskAssessment.screen(
                        CaseId.random(),
                        Questionnaire.CURRENT,
                        answers,
                        null,
                        DEFAULT,
                        null,
                        null,
                        null,
                        "cm",
                        Instant.now()))
                .isInstanceOfSatisfying(
                        ScreeningInvalid.class,
                        invalid -> assertThat(invalid.field()).isEqualTo("answers.Q17"));
    }

    @Test
    void theStalkingSubScreenIsOfferedAfterTwoIncidentsOrWhenTheVictimIsVeryFrightened() {
        assertThat(Questionnaire.CURRENT.offersSubScreen(ScreeningMother.withYes(1)))
                .isTrue();
        assertThat(Questionnaire.CURRENT.offersSubScreen(ScreeningMother.withYesButNoTrigger(12)))
                .isFalse();

        var withSubScreen = RiskAssessment.screen(
                CaseId.random(),
                Questionnaire.CURRENT,
                ScreeningMother.withYes(2),
                ScreeningMother.subScreenAllUnknown(),
                DEFAULT,
                null,
                null,
                null,
                "cm",
                Instant.now());
        assertThat(withSubScreen.subScreenYesCount()).isZero();

        assertThatThrownBy(() -> RiskAssessment.screen(
                        CaseId.random(),
                        Questionnaire.CURRENT,
                        ScreeningMother.withYesButNoTrigger(4),
                        ScreeningMother.subScreenAllUnknown(),
                        DEFAULT,
                        null,
                        null,
                        null,
                        "cm",
                        Instant.now()))
                .isInstanceOfSatisfying(
                        RiskRuleViolated.class,
                        refused -> assertThat(refused.problemType()).isEqualTo("risk-sub-screen-not-offered"));
    }

    private static RiskAssessment screen(int yes, RiskLevel judgement, String reason) {
        return RiskAssessment.screen(
                CaseId.random(),
                Questionnaire.CURRENT,
                ScreeningMother.withYes(yes),
                null,
                DEFAULT,
                judgement,
                reason,
                "HIGH",
                "demo-case-manager",
                Instant.parse("2026-11-20T01:00:00Z"));
    }
}
