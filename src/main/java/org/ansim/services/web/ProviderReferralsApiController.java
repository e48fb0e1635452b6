package org.ansim.services.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.identity.StaffPrincipal;
import org.ansim.privacy.SealedNote;
import org.ansim.services.SessionKind;
import org.ansim.services.internal.AcceptServiceReferral;
import org.ansim.services.internal.AccessEnded;
import org.ansim.services.internal.DeclineServiceReferral;
import org.ansim.services.internal.InboxLine;
import org.ansim.services.internal.ReadServiceReferral;
import org.ansim.services.internal.RecordProviderFirstContact;
import org.ansim.services.internal.RecordServiceSession;
import org.ansim.services.internal.ServiceQueries;
import org.ansim.services.internal.ServiceReferralNotFound;
import org.ansim.services.internal.ServiceRuleViolated;
import org.ansim.settings.PolicySettings;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The provider's side: the referrals addressed to her organisation (another organisation's do not exist for her),
 * acceptance or decline with a reason, first contact, and the sessions delivered.
 */
@RestController
@PreAuthorize("hasRole('PROVIDER')")
class ProviderReferralsApiController {

    record ReasonRequest(@NotBlank @Size(max = 500) String reason) {}

    record SessionRequest(
            @NotNull LocalDate date,

            @NotNull @Min(1) @Max(RecordServiceSession.MAX_MINUTES)
            Integer minutes,

            @NotNull SessionKind kind,
            @NotBlank @Size(max = SealedNote.MAX_LENGTH) String note) {}

    record StateAnswer(UUID referralId, String state) {}

    record SessionAnswer(UUID sessionId, UUID referralId) {}

    private final ServiceQueries queries;
    private final ReadServiceReferral reading;
    private final AcceptServiceReferral accepting;
    private final DeclineServiceReferral declining;
    private final RecordProviderFirstContact contacting;
    private final RecordServiceSession recording;
    private final AuditLog audit;

    ProviderReferralsApiController(
            ServiceQueries queries,
            ReadServiceReferral reading,
            AcceptServiceReferral accepting,
            DeclineServiceReferral declining,
            RecordProviderFirstContact contacting,
            RecordServiceSession recording,
            AuditLog audit) {
        this.queries = queries;
        this.reading = reading;
        this.accepting = accepting;
        this.declining = declining;
        this.contacting = contacting;
        this.recording = recording;
        this.audit = audit;
    }

    @GetMapping("/api/v1/service-referrals")
    List<InboxLine> inbox(@AuthenticationPrincipal StaffPrincipal staff) {
        audit.record(
                AuditAction.VIEW,
                AuditSubject.of("service-referral-inbox", staff.organisationId().value()));
        return queries.inboxOf(staff.organisationId(), LocalDate.now(PolicySettings.ZONE));
    }

    @GetMapping("/api/v1/service-referrals/{id}")
    ReadServiceReferral.Detail read(@PathVariable UUID id) {
        return reading.execute(id);
    }

    @PostMapping("/api/v1/service-referrals/{id}/acceptance")
    StateAnswer accept(@PathVariable UUID id) {
        accepting.execute(id);
        return new StateAnswer(id, "ACCEPTED");
    }

    @PostMapping("/api/v1/service-referrals/{id}/decline")
    StateAnswer decline(@PathVariable UUID id, @Valid @RequestBody ReasonRequest request) {
        declining.execute(id, request.reason());
        return new StateAnswer(id, "DECLINED");
    }

    @PostMapping("/api/v1/service-referrals/{id}/first-contact")
    StateAnswer firstContact(@PathVariable UUID id) {
        contacting.execute(id);
        return new StateAnswer(id, "CONTACTED");
    }

    @PostMapping("/api/v1/service-referrals/{id}/sessions")
    ResponseEntity<SessionAnswer> session(@PathVariable UUID id, @Valid @RequestBody SessionRequest request) {
        var sessionId = recording.execute(
                id,
                new RecordServiceSession.Parameters(request.date(), request.minutes(), request.kind(), request.note()));
        return ResponseEntity.created(URI.create("/api/v1/service-referrals/" + id + "/sessions/" + sessionId))
                .body(new SessionAnswer(sessionId, id));
    }

    @ExceptionHandler(ServiceRuleViolated.class)
    ProblemDetail refused(ServiceRuleViolated violated) {
        return ServicesProblems.refused(violated);
    }

    @ExceptionHandler(ServiceReferralNotFound.class)
    ProblemDetail notFound() {
        return ServicesProblems.notFound("No such referral");
    }

    @ExceptionHandler(AccessEnded.class)
    ProblemDetail accessEnded(AccessEnded ended) {
        return ServicesProblems.accessEnded(ended.getMessage());
    }
}
