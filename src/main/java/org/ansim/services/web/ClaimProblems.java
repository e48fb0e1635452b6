package org.ansim.services.web;

import java.net.URI;
import org.ansim.services.internal.ReceiptRefused;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The claims API's own problems (RFC 9457): refused receipts (413, 415, 400) and unreadable multipart bodies. */
final class ClaimProblems {

    private ClaimProblems() {}

    static ProblemDetail receiptRefused(ReceiptRefused refused) {
        var status = switch (refused.why()) {
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case EMPTY -> HttpStatus.BAD_REQUEST;
        };
        var problem = ProblemDetail.forStatusAndDetail(status, refused.getMessage());
        problem.setType(URI.create(ServicesProblems.TYPES
                + switch (refused.why()) {
                    case TOO_LARGE -> "receipt-too-large";
                    case UNSUPPORTED_TYPE -> "receipt-type";
                    case EMPTY -> "invalid-request";
                }));
        problem.setTitle(
                switch (refused.why()) {
                    case TOO_LARGE -> "Receipt too large";
                    case UNSUPPORTED_TYPE -> "Receipt is not a PDF, JPEG or PNG";
                    case EMPTY -> "Bad Request";
                });
        return problem;
    }

    static ProblemDetail notMultipart(boolean multipartSent) {
        var status = multipartSent ? HttpStatus.BAD_REQUEST : HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        var problem = ProblemDetail.forStatusAndDetail(
                status,
                multipartSent
                        ? "The multipart body could not be read."
                        : "Send the claim as multipart/form-data: amount, date, description and the receipt file.");
        problem.setType(
                URI.create(ServicesProblems.TYPES + (multipartSent ? "invalid-request" : "unsupported-media-type")));
        problem.setTitle(multipartSent ? "Bad Request" : "Unsupported Media Type");
        return problem;
    }

    static ProblemDetail tooLarge() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, "The request body is too large.");
        problem.setType(URI.create(ServicesProblems.TYPES + "too-large"));
        problem.setTitle("Content Too Large");
        return problem;
    }

    static ProblemDetail claimNotFound() {
        return ServicesProblems.notFound("No such claim");
    }
}
