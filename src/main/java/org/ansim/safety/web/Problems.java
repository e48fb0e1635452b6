package org.ansim.safety.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** RFC 9457 answers of the safety API, with the fields named where a field is wrong. */
final class Problems {

    static final String TYPES = "https://ansim.seoul.go.kr/problems/";

    record FieldProblem(String field, String message) {}

    /** Collects what is wrong with a request, field by field. */
    static final class Invalid {
        private final List<FieldProblem> problems = new ArrayList<>();

        Invalid add(String field, String message) {
            problems.add(new FieldProblem(field, message));
            return this;
        }

        boolean any() {
            return !problems.isEmpty();
        }

        ResponseEntity<ProblemDetail> answer() {
            var problem = problem(
                    HttpStatus.BAD_REQUEST, "invalid-request", "Bad Request", "Some fields are missing or invalid.");
            problem.getBody().setProperties(Map.of("errors", List.copyOf(problems)));
            return problem;
        }
    }

    private Problems() {}

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    static ResponseEntity<ProblemDetail> notFound() {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not Found", "There is nothing here for this device.");
    }

    static ResponseEntity<ProblemDetail> conflict() {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict", "This key was already used with a different body.");
    }
}
