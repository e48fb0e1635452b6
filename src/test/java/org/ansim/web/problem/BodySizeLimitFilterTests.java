package org.ansim.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ansim.web.UploadLimit;
import org.junit.jupiter.api.Test;

class BodySizeLimitFilterTests {

    private final BodySizeLimitFilter filter = new BodySizeLimitFilter(
            1024, List.of(new UploadLimit("/api/v1/things/*/files", 4096), new UploadLimit("/api/v1/things/**", 2048)));

    @Test
    void aPathWithoutADeclaredUploadKeepsTheDefault() {
        assertThat(filter.limitFor("/api/v1/cases/STK-2026-000001")).isEqualTo(1024);
        assertThat(filter.limitFor("/api/v1/thingsmore")).isEqualTo(1024);
    }

    @Test
    void anUploadPathGetsTheLargestLimitDeclaredForIt() {
        assertThat(filter.limitFor("/api/v1/things/42/files")).isEqualTo(4096);
        assertThat(filter.limitFor("/api/v1/things/42/notes")).isEqualTo(2048);
    }
}
