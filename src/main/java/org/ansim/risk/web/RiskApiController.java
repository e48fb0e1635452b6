package org.ansim.risk.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseVisibility;
import org.ansim.risk.RiskLevel;
import org.ansim.risk.internal.Answer;
import org.ansim.risk.internal.AssessRisk;
import org.ansim.risk.internal.Questionnaire;
import org.ansim.risk.internal.RiskAssessment;
import org.ansim.risk.internal.RiskHistory;
import org.ansim.risk.internal.RiskRuleViolated;
import org.ansim.risk.internal.ScreeningInvalid;
import org.ansim.settings.PolicySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's risk screenings for the staff who may see the case: the history (newest first) with the police's level
 * beside it, and a new screening by the case manager or unit lead.
 */
@RestController
@PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD', 'PROFILER')")
class RiskApiController {

    record JudgementRequest(
            @NotNull RiskLevel level,
            @Nullable @Size(max = 2000) String reason) {}

    record ScreeningRequest(
            @NotNull @Size(max = 100) Map<String, @NotNull Answer> answers,
            @Nullable @Size(max = 100) Map<String, @NotNull Answer> subScreen,
            @Nullable @Valid JudgementRequest judgement) {

        AssessRisk.Screening toScreening() {
            return new AssessRisk.Screening(
                    answers,
                    subScreen,
                    judgement == null ? null : judgement.level(),
                    judgement == null ? null : judgement.reason());
        }
    }

    record Bands(int highMinYes, int mediumMinYes, LocalDate validFrom) {}

    record AssessmentAnswer(
            UUID id,
            String questionnaireVersion,
            Map<String, Answer> answers,
            Map<String, Answer> subScreen,
            int yesCount,
            @Nullable Integer subScreenYesCount,
            RiskLevel countedLevel,
            RiskLevel level,
            boolean raisedOnJudgement,
            @Nullable String judgementReason,
            Bands bands,
            @Nullable String policeRiskLevel,
            String assessedBy,
            OffsetDateTime assessedAt) {

        static AssessmentAnswer of(RiskAssessment a) {
            var bands = a.bands();
            return new AssessmentAnswer(
                    a.id().value(),
                    a.questionnaireVersion(),
                    a.answers(),
                    a.subScreenAnswers(),
                    a.yesCount(),
                    a.subScreenYesCount(),
                    a.countedLevel(),
                    a.level(),
                    a.raisedOnJudgement(),
                    a.judgementReason(),
                    new Bands(bands.highMinYes(), bands.mediumMinYes(), bands.validFrom()),
                    a.policeRiskLevel(),
                    a.assessedBy(),
                    a.assessedAt().atZone(PolicySettings.ZONE).toOffsetDateTime());
        }
    }

    record HistoryAnswer(
            String caseNumber,
            @Nullable String policeRiskLevel,
            String questionnaireVersion,
            @Nullable RiskLevel currentLevel,
            List<AssessmentAnswer> assessments) {}

    private final CaseVisibility visibility;
    private final RiskHistory history;
    private final AssessRisk assess;
    private final AuditLog audit;

    RiskApiController(CaseVisibility visibility, RiskHistory history, AssessRisk assess, AuditLog audit) {
        this.visibility = visibility;
        this.history = history;
        this.assess = assess;
        this.audit = audit;
    }

    @GetMapping("/api/v1/cases/{caseNumber}/risk-assessments")
    HistoryAnswer list(@PathVariable String caseNumber, Authentication authentication) {
        var found = visibility.requireVisible(caseNumber, authentication);
        audit.record(
                AuditAction.VIEW,
                AuditSubject.of("risk-assessment", found.number().value()));
        var all = history.of(found.id()).stream().map(AssessmentAnswer::of).toList();
        return new HistoryAnswer(
                found.number().value(),
                found.policeRiskLevel(),
                Questionnaire.CURRENT.version(),
                all.isEmpty() ? null : all.getFirst().level(),
                all);
    }

    @PostMapping("/api/v1/cases/{caseNumber}/risk-assessments")
    @PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
    ResponseEntity<AssessmentAnswer> screen(
            @PathVariable String caseNumber,
            @Valid @RequestBody ScreeningRequest request,
            Authentication authentication) {
        var found = visibility.requireVisible(caseNumber, authentication);
        var saved = assess.execute(found, request.toScreening(), authentication.getName());
        return ResponseEntity.created(
                        URI.create("/api/v1/cases/" + found.number().value() + "/risk-assessments/"
                                + saved.id().value()))
                .body(AssessmentAnswer.of(saved));
    }

    @ExceptionHandler(RiskRuleViolated.class)
    ProblemDetail refused(RiskRuleViolated refused) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, refused.getMessage());
        problem.setType(URI.create("https://ansim.seoul.go.kr/problems/" + refused.problemType()));
        problem.setTitle("Risk screening refused");
        return problem;
    }

    @ExceptionHandler(ScreeningInvalid.class)
    ProblemDetail invalid(ScreeningInvalid invalid) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are missing or invalid.");
        problem.setType(URI.create("https://ansim.seoul.go.kr/problems/invalid-request"));
        problem.setTitle("Bad Request");
        problem.setProperty("errors", List.of(Map.of("field", invalid.field(), "message", invalid.getMessage())));
        return problem;
    }

    /** A case the caller may not see does not exist for her: 404 either way, so existence does not leak. */
}
