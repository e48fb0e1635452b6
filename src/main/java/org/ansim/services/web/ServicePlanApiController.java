package org.ansim.services.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseSummary;
import org.ansim.cases.CaseVisibility;
import org.ansim.identity.OrganisationId;
import org.ansim.providers.ServiceKind;
import org.ansim.services.ServiceState;
import org.ansim.services.internal.AddWantedService;
import org.ansim.services.internal.ApproveSessionExtension;
import org.ansim.services.internal.CompleteService;
import org.ansim.services.internal.RecordVictimsRefusal;
import org.ansim.services.internal.SendServiceReferral;
import org.ansim.services.internal.ServicePlanView;
import org.ansim.services.internal.ServiceQueries;
import org.ansim.services.internal.ServiceRuleViolated;
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
 * A case's service plan for the staff who may see the case: read it, add what the victim asks for, record her refusal
 * or stop, complete a service, refer a service to a named provider (only as her consent allows), and — for the unit
 * lead — approve more counselling sessions.
 */
@RestController
@PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
class ServicePlanApiController {

    record WantedRequest(@NotNull ServiceKind service) {}

    record ReasonRequest(@NotBlank @Size(max = 500) String reason) {}

    record ReferralRequest(
            @NotNull ServiceKind service,
            @NotNull UUID organisationId,
            @NotBlank @Size(max = 2000) String note,
            @Size(max = 40) @Nullable String alias) {}

    record ReferralAnswer(UUID referralId, ServiceKind service, UUID organisationId, String state) {}

    record ExtensionRequest(
            @NotNull @Min(1) @Max(ApproveSessionExtension.MAX_ADDITIONAL)
            Integer additionalSessions,

            @NotBlank @Size(max = 500) String reason) {}

    record ServiceAnswer(ServiceKind service, ServiceState state) {}

    /** A path's service that names no service, or one not on the plan, is not found. */
    static final class NoSuchService extends RuntimeException {}

    private final CaseVisibility visibility;
    private final ServiceQueries queries;
    private final AddWantedService adding;
    private final RecordVictimsRefusal refusals;
    private final CompleteService completing;
    private final SendServiceReferral sending;
    private final ApproveSessionExtension extending;
    private final AuditLog audit;

    ServicePlanApiController(
            CaseVisibility visibility,
            ServiceQueries queries,
            AddWantedService adding,
            RecordVictimsRefusal refusals,
            CompleteService completing,
            SendServiceReferral sending,
            ApproveSessionExtension extending,
            AuditLog audit) {
        this.visibility = visibility;
        this.queries = queries;
        this.adding = adding;
        this.refusals = refusals;
        this.completing = completing;
        this.sending = sending;
        this.extending = extending;
        this.audit = audit;
    }

    @GetMapping("/api/v1/cases/{caseNumber}/service-plan")
    ServicePlanView plan(@PathVariable String caseNumber, Authentication authentication) {
        var found = visibleCase(caseNumber, authentication);
        audit.record(
                AuditAction.VIEW, AuditSubject.of("service-plan", found.number().value()));
        return queries.planOf(found.id(), LocalDate.now(PolicySettings.ZONE));
    }

    @PostMapping("/api/v1/cases/{caseNumber}/service-plan/services")
    ServiceAnswer want(
            @PathVariable String caseNumber, @Valid @RequestBody WantedRequest request, Authentication authentication) {
        var found = visibleCase(caseNumber, authentication);
        return new ServiceAnswer(request.service(), adding.execute(found, request.service()));
    }

    @PostMapping("/api/v1/cases/{caseNumber}/service-plan/services/{service}/refusal")
    ServiceAnswer decline(
            @PathVariable String caseNumber,
            @PathVariable String service,
            @Valid @RequestBody ReasonRequest request,
            Authentication authentication) {
        var found = visibleCase(caseNumber, authentication);
        var kind = kind(service);
        refusals.execute(found, kind, RecordVictimsRefusal.Choice.DECLINE, request.reason());
        return new ServiceAnswer(kind, ServiceState.DECLINED_BY_VICTIM);
    }

    @PostMapping("/api/v1/cases/{caseNumber}/service-plan/services/{service}/stop")
    ServiceAnswer stop(
            @PathVariable String caseNumber,
            @PathVariable String service,
            @Valid @RequestBody ReasonRequest request,
            Authentication authentication) {
        var found = visibleCase(caseNumber, authentication);
        var kind = kind(service);
        refusals.execute(found, kind, RecordVictimsRefusal.Choice.STOP, request.reason());
        return new ServiceAnswer(kind, ServiceState.STOPPED_BY_VICTIM);
    }

    @PostMapping("/api/v1/cases/{caseNumber}/service-plan/services/{service}/completion")
    ServiceAnswer complete(
            @PathVariable String caseNumber, @PathVariable String service, Authentication authentication) {
        var found = visibleCase(caseNumber, authentication);
        var kind = kind(service);
        completing.execute(found, kind);
        return new ServiceAnswer(kind, ServiceState.COMPLETED);
    }

    @PostMapping("/api/v1/cases/{caseNumber}/service-referrals")
    ResponseEntity<ReferralAnswer> refer(
            @PathVariable String caseNumber,
            @Valid @RequestBody ReferralRequest request,
            Authentication authentication) {
        var found = visibleCase(caseNumber, authentication);
        var id = sending.execute(
                found,
                new SendServiceReferral.Parameters(
                        request.service(),
                        new OrganisationId(request.organisationId()),
                        request.note(),
                        request.alias()));
        return ResponseEntity.created(URI.create("/api/v1/service-referrals/" + id.value()))
                .body(new ReferralAnswer(id.value(), request.service(), request.organisationId(), "SENT"));
    }

    @PostMapping("/api/v1/cases/{caseNumber}/session-extensions")
    @PreAuthorize("hasRole('UNIT_LEAD')")
    ResponseEntity<ApproveSessionExtension.Approval> extend(
            @PathVariable String caseNumber,
            @Valid @RequestBody ExtensionRequest request,
            Authentication authentication) {
        var found = visibleCase(caseNumber, authentication);
        var approval = extending.execute(found, request.additionalSessions(), request.reason());
        return ResponseEntity.status(HttpStatus.CREATED).body(approval);
    }

    @ExceptionHandler(ServiceRuleViolated.class)
    ProblemDetail refused(ServiceRuleViolated violated) {
        return ServicesProblems.refused(violated);
    }

    @ExceptionHandler(NoSuchService.class)
    ProblemDetail noSuchService() {
        return ServicesProblems.notFound("No such case or service");
    }

    private static ServiceKind kind(String service) {
        return Arrays.stream(ServiceKind.values())
                .filter(k -> k.name().equals(service))
                .findFirst()
                .orElseThrow(NoSuchService::new);
    }

    /** A case the caller may not see does not exist for her: 404 either way. */
    private CaseSummary visibleCase(String caseNumber, Authentication authentication) {
        return visibility.findVisible(caseNumber, authentication).orElseThrow(NoSuchService::new);
    }
}
