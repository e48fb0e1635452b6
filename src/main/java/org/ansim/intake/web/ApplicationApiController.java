package org.ansim.intake.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.ansim.cases.Channel;
import org.ansim.consent.ConsentMethod;
import org.ansim.consent.ConsentPurpose;
import org.ansim.intake.ServiceKind;
import org.ansim.intake.internal.ReceiveApplication;
import org.ansim.intake.internal.ReceiveApplication.Outcome;
import org.ansim.privacy.Address;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A one-stop application taken by staff: the 1366 counsellor on the phone (with the consent script read and how
 * the victim agreed recorded) or a walk-in. Retries carry an {@code Idempotency-Key}.
 */
@RestController
class ApplicationApiController {

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    record ApplicationRequest(
            @NotNull Channel channel,
            @NotNull @Valid ApplicantPart applicant,
            @NotEmpty @Size(max = 8) List<@NotNull ServiceKind> servicesWanted,
            @NotNull @Valid ConsentPart consent) {}

    record ApplicantPart(
            @NotBlank @Size(max = 100) @Pattern(regexp = "(?s).*\\p{L}.*", message = "must contain letters")
            String name,

            @NotNull @Past LocalDate birthDate,
            @Size(max = 30) String phone,
            @Valid AddressPart address) {}

    record AddressPart(
            @NotBlank @Size(max = 20) String sido,
            @NotBlank @Size(max = 40) String sigungu,
            @Size(max = 200) String detail) {}

    record ConsentPart(
            @NotNull Boolean given,
            @NotNull ConsentMethod method,
            @NotEmpty @Size(max = 3) List<@NotNull ConsentPurpose> purposes,

            @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9-]+", message = "is a script id such as hotline-v1")
            String script,

            @Size(max = 1000) String howGiven) {}

    record Answer(String applicationId, String caseNumber, String confirmationNumber) {}

    private final ReceiveApplication receive;

    ApplicationApiController(ReceiveApplication receive) {
        this.receive = receive;
    }

    @PostMapping("/api/v1/applications")
    @PreAuthorize("hasAnyRole('HOTLINE', 'CASE_MANAGER', 'UNIT_LEAD')")
    ResponseEntity<?> receive(
            @Valid @RequestBody ApplicationRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            Authentication authentication) {
        if (!Boolean.TRUE.equals(request.consent().given())
                || !request.consent().purposes().contains(ConsentPurpose.CASE_MANAGEMENT)) {
            return problem(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "consent-required",
                    "Consent required",
                    "The applicant's consent to case management is required; nothing was stored.",
                    null);
        }
        if (request.channel() != Channel.HOTLINE_1366 && request.channel() != Channel.WALK_IN) {
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "invalid-request",
                    "Bad Request",
                    "Some fields are invalid.",
                    List.of(new FieldProblem("channel", "must be HOTLINE_1366 or WALK_IN")));
        }
        var phone = request.applicant().phone();
        if (phone != null && !phone.isBlank() && !FormAnswers.isPhone(phone)) {
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "invalid-request",
                    "Bad Request",
                    "Some fields are invalid.",
                    List.of(new FieldProblem("applicant.phone", "is not a Korean telephone number")));
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "invalid-request",
                    "Bad Request",
                    "Some fields are invalid.",
                    List.of(new FieldProblem("Idempotency-Key", "must be 1 to 200 characters")));
        }
        var address = request.applicant().address();
        var outcome = receive.execute(new ReceiveApplication.Parameters(
                request.channel(),
                new ReceiveApplication.Applicant(
                        request.applicant().name().strip(),
                        request.applicant().birthDate(),
                        phone,
                        address == null
                                ? null
                                : new Address(
                                        address.sido(),
                                        address.sigungu(),
                                        Optional.ofNullable(address.detail()).orElse(""))),
                request.servicesWanted().stream().distinct().toList(),
                EnumSet.copyOf(request.consent().purposes()),
                request.consent().method(),
                request.consent().script(),
                request.consent().howGiven(),
                authentication.getName(),
                Optional.ofNullable(idempotencyKey).map(key -> authentication.getName() + "|" + key),
                hash(request)));
        return switch (outcome) {
            case Outcome.Accepted accepted ->
                ResponseEntity.created(URI.create("/api/v1/cases/"
                                + accepted.answer().caseNumber().value()))
                        .body(answer(accepted.answer()));
            case Outcome.Repeated repeated -> ResponseEntity.ok(answer(repeated.answer()));
            case Outcome.Conflicting conflicting ->
                problem(
                        HttpStatus.CONFLICT,
                        "conflict",
                        "Conflict",
                        "This Idempotency-Key was already used with a different body.",
                        null);
        };
    }

    record FieldProblem(String field, String message) {}

    private static Answer answer(ReceiveApplication.Answer answer) {
        return new Answer(
                answer.applicationId().value().toString(), answer.caseNumber().value(), answer.confirmationNumber());
    }

    static String hash(Object request) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest(CANONICAL.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ResponseEntity<ProblemDetail> problem(
            HttpStatus status, String type, String title, String detail, List<FieldProblem> errors) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://ansim.seoul.go.kr/problems/" + type));
        problem.setTitle(title);
        if (errors != null) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
