package org.ansim.web;

import java.util.Objects;

/**
 * A path that takes files larger than the 1 MiB every other request body is held to (a receipt, a scan). Declared as a
 * bean by the module that owns the path; the module still checks each file's own size and type against its settings,
 * this is only the ceiling above which the web layer answers 413 before anything is read.
 *
 * @param pathPattern an Ant-style pattern, e.g. {@code /api/v1/service-referrals/*}{@code /claims}
 * @param maxBytes the most a request body to that path may carry
 */
public record UploadLimit(String pathPattern, long maxBytes) {

    public UploadLimit {
        Objects.requireNonNull(pathPattern, "pathPattern");
        if (!pathPattern.startsWith("/")) {
            throw new IllegalArgumentException("An upload path starts with '/': " + pathPattern);
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("An upload limit is positive: " + maxBytes);
        }
    }
}
