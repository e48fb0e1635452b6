package org.ansim.services.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.ansim.cases.CaseVisibility;
import org.ansim.privacy.RevealReason;
import org.ansim.services.internal.AccessEnded;
import org.ansim.services.internal.AddressWithheld;
import org.ansim.services.internal.CompleteHomeVisit;
import org.ansim.services.internal.HomeVisitQueries;
import org.ansim.services.internal.RevealHomeVisitAddress;
import org.ansim.services.internal.ScheduleHomeVisit;
import org.ansim.services.internal.ServiceReferralNotFound;
import org.ansim.services.internal.ServiceRuleViolated;
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
 * Home-therapy visits: the case manager or the provider schedules one for a therapist of the provider organisation;
 * that therapist alone reveals the victim's address for it, with a reason, within the visit's window, and records it
 * done.
 */
@RestController
class HomeVisitsApiController {

    record VisitRequest(
            @NotNull OffsetDateTime startsAt,
            @NotBlank @Size(max = 100) String therapist) {}

    record VisitAnswer(UUID visitId, UUID referralId) {}

    record RevealRequest(
            @NotBlank @Size(min = RevealReason.MIN_LENGTH, max = 400)
            String reason) {}

    record AddressAnswer(UUID visitId, String address) {}

    private final CaseVisibility visibility;
    private final ScheduleHomeVisit scheduling;
    private final RevealHomeVisitAddress revealing;
    private final CompleteHomeVisit completing;
    private final HomeVisitQueries queries;

    HomeVisitsApiController(
            CaseVisibility visibility,
            ScheduleHomeVisit scheduling,
            RevealHomeVisitAddress revealing,
            CompleteHomeVisit completing,
            HomeVisitQueries queries) {
        this.visibility = visibility;
        this.scheduling = scheduling;
        this.revealing = revealing;
        this.completing = completing;
        this.queries = queries;
    }

    @PostMapping("/api/v1/cases/{caseNumber}/service-referrals/{referralId}/home-visits")
    @PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
    ResponseEntity<VisitAnswer> scheduleForCase(
            @PathVariable String caseNumber,
            @PathVariable UUID referralId,
            @Valid @RequestBody VisitRequest request,
            Authentication authentication) {
        var found = visibility.findVisible(caseNumber, authentication).orElseThrow(ServiceReferralNotFound::new);
        var visitId = scheduling.forCase(found, referralId, parameters(request));
        return created(referralId, visitId);
    }

    @PostMapping("/api/v1/service-referrals/{id}/home-visits")
    @PreAuthorize("hasRole('PROVIDER')")
    ResponseEntity<VisitAnswer> scheduleByProvider(@PathVariable UUID id, @Valid @RequestBody VisitRequest request) {
        return created(id, scheduling.byProvider(id, parameters(request)));
    }

    @GetMapping("/api/v1/service-referrals/{id}/home-visits")
    @PreAuthorize("hasRole('PROVIDER')")
    List<HomeVisitQueries.VisitLine> visits(@PathVariable UUID id) {
        return queries.forProvider(id);
    }

    @PostMapping("/api/v1/service-referrals/{id}/home-visits/{visitId}/address-reveal")
    @PreAuthorize("hasRole('PROVIDER')")
    AddressAnswer reveal(@PathVariable UUID id, @PathVariable UUID visitId, @Valid @RequestBody RevealRequest request) {
        return new AddressAnswer(visitId, revealing.execute(id, visitId, new RevealReason(request.reason())));
    }

    @PostMapping("/api/v1/service-referrals/{id}/home-visits/{visitId}/completion")
    @PreAuthorize("hasRole('PROVIDER')")
    VisitAnswer complete(@PathVariable UUID id, @PathVariable UUID visitId) {
        completing.execute(id, visitId);
        return new VisitAnswer(visitId, id);
    }

    private static ScheduleHomeVisit.Parameters parameters(VisitRequest request) {
        return new ScheduleHomeVisit.Parameters(
                request.startsAt().toInstant(), request.therapist().strip());
    }

    private static ResponseEntity<VisitAnswer> created(UUID referralId, UUID visitId) {
        return ResponseEntity.created(URI.create("/api/v1/service-referrals/" + referralId + "/home-visits/" + visitId))
                .body(new VisitAnswer(visitId, referralId));
    }

    @ExceptionHandler(ServiceRuleViolated.class)
    ProblemDetail refused(ServiceRuleViolated violated) {
        return ServicesProblems.refused(violated);
    }

    @ExceptionHandler(ServiceReferralNotFound.class)
    ProblemDetail notFound() {
        return ServicesProblems.notFound("No such referral or visit");
    }

    @ExceptionHandler(AccessEnded.class)
    ProblemDetail accessEnded(AccessEnded ended) {
        return ServicesProblems.accessEnded(ended.getMessage());
    }

    @ExceptionHandler(AddressWithheld.class)
    ProblemDetail withheld(AddressWithheld withheld) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, withheld.getMessage());
        problem.setType(URI.create(ServicesProblems.TYPES + withheld.type()));
        problem.setTitle("Address not shown");
        return problem;
    }
}
