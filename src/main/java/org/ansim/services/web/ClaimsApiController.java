package org.ansim.services.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.services.LegalCaseType;
import org.ansim.services.internal.AccessEnded;
import org.ansim.services.internal.ApproveClaim;
import org.ansim.services.internal.ClaimNotFound;
import org.ansim.services.internal.ClaimQueries;
import org.ansim.services.internal.DownloadReceipt;
import org.ansim.services.internal.ReadReferralMoney;
import org.ansim.services.internal.ReceiptRefused;
import org.ansim.services.internal.RecordLegalStep;
import org.ansim.services.internal.RefuseClaim;
import org.ansim.services.internal.ServiceReferralNotFound;
import org.ansim.services.internal.ServiceRuleViolated;
import org.ansim.services.internal.SubmitClaim;
import org.ansim.settings.PolicySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

/**
 * Money and legal steps: the provider's claims with receipts and legal steps on a referral addressed to her
 * organisation; the unit lead's approvals of claims past a cap; receipts downloaded with a reason; the budget.
 */
@RestController
class ClaimsApiController {

    record ClaimForm(
            @NotNull @Min(1) @Max(SubmitClaim.MAX_AMOUNT) Long amount,

            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate date,

            @NotBlank @Size(max = 500) String description) {}

    record ClaimAnswer(UUID claimId, UUID referralId, String state, long capWon, long victimTotalWon) {}

    record DecisionRequest(@Size(max = 500) @Nullable String reason) {}

    record RefusalRequest(@NotBlank @Size(max = 500) String reason) {}

    record LegalStepRequest(
            @NotNull LegalCaseType caseType,
            @NotBlank @Size(max = RecordLegalStep.MAX_COURT) String court,
            @Nullable LocalDate hearingOn,

            @Size(max = RecordLegalStep.MAX_DESCRIPTION) @Nullable
            String description) {}

    record LegalStepAnswer(UUID legalStepId, UUID referralId) {}

    private final SubmitClaim submitting;
    private final ApproveClaim approving;
    private final RefuseClaim refusing;
    private final DownloadReceipt downloading;
    private final RecordLegalStep recordingStep;
    private final ReadReferralMoney readingMoney;
    private final ClaimQueries queries;
    private final AuditLog audit;

    ClaimsApiController(
            SubmitClaim submitting,
            ApproveClaim approving,
            RefuseClaim refusing,
            DownloadReceipt downloading,
            RecordLegalStep recordingStep,
            ReadReferralMoney readingMoney,
            ClaimQueries queries,
            AuditLog audit) {
        this.submitting = submitting;
        this.approving = approving;
        this.refusing = refusing;
        this.downloading = downloading;
        this.recordingStep = recordingStep;
        this.readingMoney = readingMoney;
        this.queries = queries;
        this.audit = audit;
    }

    @PostMapping("/api/v1/service-referrals/{id}/claims")
    @PreAuthorize("hasRole('PROVIDER')")
    ResponseEntity<ClaimAnswer> submit(
            @PathVariable UUID id, @Valid @ModelAttribute ClaimForm form, @RequestPart("receipt") MultipartFile receipt)
            throws IOException {
        var submitted = submitting.execute(
                id, new SubmitClaim.Parameters(form.amount(), form.date(), form.description(), receipt.getBytes()));
        return ResponseEntity.created(URI.create("/api/v1/claims/" + submitted.claimId()))
                .body(new ClaimAnswer(
                        submitted.claimId(),
                        id,
                        submitted.state().name(),
                        submitted.capWon(),
                        submitted.victimTotal()));
    }

    @GetMapping("/api/v1/service-referrals/{id}/claims")
    @PreAuthorize("hasRole('PROVIDER')")
    ReadReferralMoney.Money claimsOfReferral(@PathVariable UUID id) {
        return readingMoney.execute(id);
    }

    @PostMapping("/api/v1/service-referrals/{id}/legal-steps")
    @PreAuthorize("hasRole('PROVIDER')")
    ResponseEntity<LegalStepAnswer> legalStep(@PathVariable UUID id, @Valid @RequestBody LegalStepRequest request) {
        var stepId = recordingStep.execute(
                id,
                new RecordLegalStep.Parameters(
                        request.caseType(), request.court(), request.hearingOn(), request.description()));
        return ResponseEntity.created(URI.create("/api/v1/service-referrals/" + id + "/legal-steps/" + stepId))
                .body(new LegalStepAnswer(stepId, id));
    }

    @GetMapping("/api/v1/claims/pending")
    @PreAuthorize("hasRole('UNIT_LEAD')")
    List<ClaimQueries.PendingClaim> pending() {
        audit.record(AuditAction.VIEW, AuditSubject.of("service-claims", "pending"));
        return queries.pendingApprovals();
    }

    @PostMapping("/api/v1/claims/{id}/approval")
    @PreAuthorize("hasRole('UNIT_LEAD')")
    ApproveClaim.Decision approve(@PathVariable UUID id, @Valid @RequestBody DecisionRequest request) {
        return approving.execute(id, request.reason());
    }

    @PostMapping("/api/v1/claims/{id}/refusal")
    @PreAuthorize("hasRole('UNIT_LEAD')")
    ApproveClaim.Decision refuse(@PathVariable UUID id, @Valid @RequestBody RefusalRequest request) {
        return refusing.execute(id, request.reason());
    }

    @GetMapping("/api/v1/claims/{id}/receipt")
    @PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
    ResponseEntity<byte[]> receipt(@PathVariable UUID id, @RequestParam String reason, Authentication authentication) {
        var file = downloading.execute(id, reason, authentication);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("receipt-" + id + extension(file.mediaType()))
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    @GetMapping("/api/v1/budget")
    @PreAuthorize("hasAnyRole('UNIT_LEAD', 'ADMIN')")
    ClaimQueries.Budget budget(@RequestParam(required = false) @Nullable Integer year) {
        var today = LocalDate.now(PolicySettings.ZONE);
        var asked = year == null ? today.getYear() : year;
        if (asked < 2000 || asked > today.getYear() + 1) {
            throw new ServiceRuleViolated("invalid", "services.budget.refused.year", "Ask for a year from 2000.");
        }
        audit.record(AuditAction.VIEW, AuditSubject.of("services-budget", asked));
        return queries.budget(asked, asked == today.getYear() ? today : LocalDate.of(asked, 12, 31));
    }

    private static String extension(String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> ".pdf";
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            default -> "";
        };
    }

    @ExceptionHandler(ReceiptRefused.class)
    ProblemDetail receiptRefused(ReceiptRefused refused) {
        return ClaimProblems.receiptRefused(refused);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge() {
        return ClaimProblems.tooLarge();
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail notMultipart(HttpServletRequest request) {
        var type = request.getContentType();
        return ClaimProblems.notMultipart(type != null && type.toLowerCase().startsWith("multipart/"));
    }

    @ExceptionHandler(ServiceRuleViolated.class)
    ProblemDetail refused(ServiceRuleViolated violated) {
        return ServicesProblems.refused(violated);
    }

    @ExceptionHandler(ServiceReferralNotFound.class)
    ProblemDetail notFound() {
        return ServicesProblems.notFound("No such referral");
    }

    @ExceptionHandler(ClaimNotFound.class)
    ProblemDetail claimNotFound() {
        return ClaimProblems.claimNotFound();
    }

    @ExceptionHandler(AccessEnded.class)
    ProblemDetail accessEnded(AccessEnded ended) {
        return ServicesProblems.accessEnded(ended.getMessage());
    }
}
