package org.ansim.consent.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseVisibility;
import org.ansim.consent.ConsentId;
import org.ansim.consent.ConsentMethod;
import org.ansim.consent.ConsentPurpose;
import org.ansim.consent.Consents.ConsentView;
import org.ansim.consent.internal.ConsentRecords;
import org.ansim.consent.internal.ConsentRefused;
import org.ansim.identity.OrganisationId;
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
 * The victim's consents on her case, for the staff who may see the case: list, record a purpose (sharing names the
 * organisations she agreed to), and record her withdrawal, which stops sharing at once.
 */
@RestController
@PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
class ConsentApiController {

    record GrantRequest(
            @NotNull ConsentPurpose purpose,
            @Size(max = 50) List<@NotNull UUID> organisationIds,
            @NotNull @PastOrPresent OffsetDateTime obtainedAt,
            @NotNull ConsentMethod method) {}

    record WithdrawalRequest(@NotBlank @Size(max = 500) String how) {}

    record ConsentAnswer(
            UUID id,
            ConsentPurpose purpose,
            Set<UUID> organisationIds,
            OffsetDateTime obtainedAt,
            ConsentMethod method,
            String obtainedBy,
            boolean inForce,
            OffsetDateTime withdrawnAt,
            String withdrawnBy,
            String withdrawalHow) {

        static ConsentAnswer of(ConsentView view) {
            var seoul = java.time.ZoneId.of("Asia/Seoul");
            return new ConsentAnswer(
                    view.id().value(),
                    view.purpose(),
                    view.organisations().stream().map(OrganisationId::value).collect(Collectors.toSet()),
                    view.obtainedAt().atZone(seoul).toOffsetDateTime(),
                    view.method(),
                    view.obtainedBy(),
                    view.inForce(),
                    view.withdrawnAt() == null
                            ? null
                            : view.withdrawnAt().atZone(seoul).toOffsetDateTime(),
                    view.withdrawnBy(),
                    view.withdrawalHow());
        }
    }

    private final ConsentRecords consents;
    private final CaseVisibility visibility;
    private final AuditLog audit;

    ConsentApiController(ConsentRecords consents, CaseVisibility visibility, AuditLog audit) {
        this.consents = consents;
        this.visibility = visibility;
        this.audit = audit;
    }

    @GetMapping("/api/v1/cases/{caseNumber}/consents")
    List<ConsentAnswer> list(@PathVariable String caseNumber, Authentication authentication) {
        var found = visibility.requireVisible(caseNumber, authentication);
        audit.record(
                AuditAction.VIEW,
                AuditSubject.of("case-consents", found.number().value()));
        return consents.of(found.id()).stream().map(ConsentAnswer::of).toList();
    }

    @PostMapping("/api/v1/cases/{caseNumber}/consents")
    ResponseEntity<ConsentAnswer> grant(
            @PathVariable String caseNumber, @Valid @RequestBody GrantRequest request, Authentication authentication) {
        var found = visibility.requireVisible(caseNumber, authentication);
        var organisations = request.organisationIds() == null
                ? Set.<OrganisationId>of()
                : request.organisationIds().stream().map(OrganisationId::new).collect(Collectors.toSet());
        var id = consents.record(
                found.id(),
                request.purpose(),
                organisations,
                request.obtainedAt().toInstant(),
                request.method(),
                authentication.getName());
        var view = consents.of(found.id()).stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
        return ResponseEntity.created(
                        URI.create("/api/v1/cases/" + found.number().value() + "/consents/" + id.value()))
                .body(ConsentAnswer.of(view));
    }

    @PostMapping("/api/v1/cases/{caseNumber}/consents/{consentId}/withdrawal")
    ConsentAnswer withdraw(
            @PathVariable String caseNumber,
            @PathVariable UUID consentId,
            @Valid @RequestBody WithdrawalRequest request,
            Authentication authentication) {
        var found = visibility.requireVisible(caseNumber, authentication);
        return ConsentAnswer.of(
                consents.withdraw(found.id(), new ConsentId(consentId), authentication.getName(), request.how()));
    }

    @ExceptionHandler(ConsentRefused.class)
    ProblemDetail refused(ConsentRefused refused) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, refused.getMessage());
        problem.setType(URI.create("https://ansim.seoul.go.kr/problems/consent-refused"));
        problem.setTitle("Consent change refused");
        return problem;
    }

    /** A case the caller may not see does not exist for her: 404 either way, so existence does not leak. */
}
