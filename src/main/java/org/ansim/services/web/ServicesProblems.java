package org.ansim.services.web;

import java.net.URI;
import org.ansim.services.internal.ServiceRuleViolated;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The services API's own problems (RFC 9457), shared by its controllers. */
final class ServicesProblems {

    static final String TYPES = "https://ansim.seoul.go.kr/problems/";

    private ServicesProblems() {}

    static ProblemDetail refused(ServiceRuleViolated violated) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, violated.getMessage());
        problem.setType(URI.create(TYPES + violated.type()));
        problem.setTitle(
                switch (violated.type()) {
                    case "consent-required" -> "Consent required";
                    case "limit-reached" -> "Limit reached";
                    case "declined-by-victim" -> "Declined by the victim";
                    default -> "Refused by a services rule";
                });
        return problem;
    }

    static ProblemDetail notFound(String what) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, what);
        problem.setType(URI.create(TYPES + "not-found"));
        problem.setTitle("Not Found");
        return problem;
    }

    static ProblemDetail accessEnded(String detail) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setType(URI.create(TYPES + "access-ended"));
        problem.setTitle("Access ended");
        return problem;
    }
}
