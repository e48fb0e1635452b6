package org.ansim.referral.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ansim.identity.ClientPrincipal;
import org.ansim.identity.StaffPrincipal;
import org.ansim.referral.PoliceReferral;
import org.ansim.referral.internal.PoliceReferralStatus;
import org.ansim.referral.internal.ReceivePoliceReferral;
import org.ansim.referral.internal.ReceivePoliceReferral.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The police interface of INTERFACES.md, to the letter: the key's agency must be the referral's (403), no consent
 * means nothing stored (422), every invalid field named (400), one referral per (agency, report number) (200 for a
 * repeat, 409 for a different body), and a status view that shows another agency nothing (404).
 */
@RestController
class ReferralApiController {

    private static final Logger log = LoggerFactory.getLogger(ReferralApiController.class);
    private static final String PROBLEMS = "https://ansim.seoul.go.kr/problems/";
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    record Answer(String referralId, String caseNumber, String status) {}

    record StatusAnswer(String caseNumber, String status, java.time.OffsetDateTime statusChangedAt) {}

    private final ReceivePoliceReferral receive;
    private final PoliceReferralStatus status;
    private final ReferralChecks checks;

    ReferralApiController(ReceivePoliceReferral receive, PoliceReferralStatus status, ReferralChecks checks) {
        this.receive = receive;
        this.status = status;
        this.checks = checks;
    }

    @PostMapping("/api/v1/referrals")
    @PreAuthorize("hasAuthority('SCOPE_referrals:write')")
    ResponseEntity<?> receive(@RequestBody ReferralRequest request, Authentication authentication) {
        var client = (ClientPrincipal) authentication.getPrincipal();
        if (request.policeAgency() != null && !request.policeAgency().strip().equals(client.organisationName())) {
            return problem(
                    HttpStatus.FORBIDDEN,
                    "agency-mismatch",
                    "Forbidden",
                    "This key may only send referrals of " + client.organisationName() + ".",
                    List.of());
        }
        if (request.consentRefused()) {
            log.info("A police referral without consent to case management was refused; nothing was stored");
            return problem(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "consent-required",
                    "Consent required",
                    "The victim's consent to case management is required; nothing of this referral was stored.",
                    List.of());
        }
        var problems = checks.problems(request);
        if (!problems.isEmpty()) {
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "invalid-request",
                    "Bad Request",
                    "Some fields are missing or invalid.",
                    problems);
        }
        var outcome = receive.execute(parameters(request));
        return switch (outcome) {
            case Outcome.Accepted accepted ->
                ResponseEntity.created(location(request)).body(answer(accepted.answer()));
            case Outcome.Repeated repeated -> ResponseEntity.ok(answer(repeated.answer()));
            case Outcome.Conflicting conflicting ->
                problem(
                        HttpStatus.CONFLICT,
                        "conflict",
                        "Conflict",
                        "This report number was already sent with a different body.",
                        List.of());
        };
    }

    @GetMapping("/api/v1/referrals/{policeAgency}/{policeReportNumber}")
    @PreAuthorize("hasAuthority('SCOPE_referrals:write') or hasRole('POLICE')")
    ResponseEntity<?> status(
            @PathVariable String policeAgency, @PathVariable String policeReportNumber, Authentication authentication) {
        var asking = switch (authentication.getPrincipal()) {
            case ClientPrincipal client -> client.organisationName();
            case StaffPrincipal staff -> staff.organisationName();
            default -> "";
        };
        return status.find(asking, policeAgency, policeReportNumber)
                .<ResponseEntity<?>>map(view -> ResponseEntity.ok(new StatusAnswer(
                        view.caseNumber(),
                        view.status().name(),
                        view.statusChangedAt()
                                .atZone(java.time.ZoneId.of("Asia/Seoul"))
                                .toOffsetDateTime())))
                .orElseGet(() -> problem(
                        HttpStatus.NOT_FOUND,
                        "not-found",
                        "Not Found",
                        "There is no referral of your agency with this report number.",
                        List.of()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<?> invalidValue(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Bad Request", "Some fields are invalid.", List.of());
    }

    private static ReceivePoliceReferral.Parameters parameters(ReferralRequest request) {
        var victim = request.victim();
        var address = victim.address() == null
                ? null
                : new org.ansim.privacy.Address(
                        victim.address().sido(),
                        victim.address().sigungu(),
                        Optional.ofNullable(victim.address().detail()).orElse(""));
        var offender = Optional.ofNullable(request.offender())
                .map(o -> new ReceivePoliceReferral.SealedOffender(
                        o.name(),
                        o.sex(),
                        o.birthYear(),
                        o.relationship(),
                        o.phone(),
                        o.knowsVictimAddress(),
                        o.priorStalkingReports()));
        var incident = Optional.ofNullable(request.incident());
        var measures = Optional.ofNullable(request.measures()).orElse(List.of()).stream()
                .map(m -> new PoliceReferral.Measure(
                        m.kind(), m.provisionalNo(), m.startsOn(), m.endsOn(), m.approachBanMeters(), m.telecomBan()))
                .toList();
        return new ReceivePoliceReferral.Parameters(
                request.policeAgency().strip(),
                request.policeReportNumber().strip(),
                request.reportedAt(),
                new PoliceReferral.Consent(
                        request.consent().obtainedAt(),
                        request.consent().method(),
                        request.consent().purposes()),
                new ReceivePoliceReferral.SealedVictim(
                        victim.name().strip(),
                        victim.birthDate(),
                        victim.sex(),
                        victim.phone(),
                        address,
                        victim.preferredLanguage()),
                offender,
                incident.map(ReferralRequest.IncidentPart::behaviours).orElse(List.of()),
                incident.map(ReferralRequest.IncidentPart::firstOccurredOn).orElse(null),
                incident.map(ReferralRequest.IncidentPart::lastOccurredAt).orElse(null),
                measures,
                request.policeRiskLevel(),
                request.guardRecommended(),
                new ReceivePoliceReferral.SealedDetails(
                        incident.map(ReferralRequest.IncidentPart::summary).orElse(null),
                        request.officer() == null ? null : request.officer().name(),
                        request.officer() == null ? null : request.officer().phone()),
                hash(request));
    }

    /** The same referral sent twice hashes the same, however its JSON was laid out. */
    static String hash(ReferralRequest request) {
        try {
            var canonical = CANONICAL.writeValueAsString(request);
            var digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Answer answer(ReceivePoliceReferral.Answer answer) {
        return new Answer(answer.referralId().toString(), answer.caseNumber().value(), answer.status());
    }

    private static URI location(ReferralRequest request) {
        return URI.create("/api/v1/referrals/"
                + UriUtils.encodePathSegment(request.policeAgency().strip(), StandardCharsets.UTF_8) + "/"
                + UriUtils.encodePathSegment(request.policeReportNumber().strip(), StandardCharsets.UTF_8));
    }

    private static ResponseEntity<ProblemDetail> problem(
            HttpStatus status, String type, String title, String detail, List<ReferralChecks.FieldProblem> errors) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(PROBLEMS + type));
        problem.setTitle(title);
        if (!errors.isEmpty()) {
            problem.setProperties(Map.of("errors", errors));
        }
        return ResponseEntity.status(status)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
