package org.ansim.safety.web;

import org.ansim.safety.internal.InvalidEnrolmentCode;
import org.ansim.safety.internal.PhoneEnrolment;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The phone exchanges its one-time code for a device token. Public: the phone has nothing else yet. A code that was
 * never issued, is used or has expired is one answer, 422, so that nothing is learnt from trying codes.
 */
@RestController
class EnrolmentApiController {

    static final String PATH = "/api/v1/app/enrolments";

    private final PhoneEnrolment enrolment;

    EnrolmentApiController(PhoneEnrolment enrolment) {
        this.enrolment = enrolment;
    }

    /** The one public operation under /api: no sign-in, no session, no CSRF (there is no cookie to ride on). */
    @Bean
    @Order(0)
    static SecurityFilterChain phoneEnrolmentChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PATH))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    record EnrolmentRequest(@Nullable String code, @Nullable String deviceName) {}

    record Enrolled(String deviceToken) {}

    @PostMapping(PATH)
    ResponseEntity<?> enrol(@RequestBody EnrolmentRequest request) {
        var invalid = new Problems.Invalid();
        if (request.code() == null || request.code().isBlank() || request.code().length() > 40) {
            invalid.add("code", "is required");
        }
        var name = request.deviceName() == null ? "" : request.deviceName().strip();
        if (name.isEmpty() || name.length() > 100) {
            invalid.add("deviceName", "must be 1 to 100 characters");
        }
        if (invalid.any()) {
            return invalid.answer();
        }
        var token = enrolment.enrol(request.code(), name);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Enrolled(token));
    }

    @ExceptionHandler(InvalidEnrolmentCode.class)
    ResponseEntity<ProblemDetail> invalidCode() {
        return Problems.problem(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "invalid-enrolment-code",
                "Invalid enrolment code",
                "This code is not valid: it may be mistyped, used already or expired. Ask for a new one.");
    }
}
