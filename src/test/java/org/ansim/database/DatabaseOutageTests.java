package org.ansim.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.ApiClient;
import org.ansim.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database goes away under a running Ansim (restart, fail-over, full disk): the API answers 503 problem JSON,
 * pages a readable message, nothing is half-written, and Ansim recovers by itself once the database is back.
 */
@AnsimIntegrationTest
class DatabaseOutageTests {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedDatabase database;

    @Autowired
    JdbcClient jdbc;

    @Test
    void ansimAnswers503WhileTheDatabaseIsAwayAndRecoversByItself() throws Exception {
        var staff = StaffSession.signedIn(port, "demo-admin", "demo-password");
        staff.get("/");
        var before = settingChanges();
        var police = ApiClient.withKey(port, "demo-police-key");
        assertThat(police.get("/api/v1/me").statusCode()).isEqualTo(200);

        database.stop();
        try {
            var api = police.get("/api/v1/me");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(api.body()).contains("\"status\":503").doesNotContain("Exception");

            var write = staff.postJson(
                    "/api/v1/settings/counselling.sessions-per-victim/changes",
                    "{\"value\":\"12\",\"validFrom\":\"2099-01-01\",\"reason\":\"outage test\"}");
            assertThat(write.statusCode()).isEqualTo(503);

            var page = staff.get("/admin/users");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("잠시 후 다시 시도해 주세요").doesNotContain("Exception");
        } finally {
            database.start();
        }

        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        int status;
        do {
            status = police.get("/api/v1/me").statusCode();
            if (status != 200) {
                Thread.sleep(200);
            }
        } while (status != 200 && Instant.now().isBefore(deadline));
        assertThat(status).isEqualTo(200);
        assertThat(settingChanges()).isEqualTo(before);
    }

    private long settingChanges() {
        return jdbc.sql("SELECT count(*) FROM settings_value").query(Long.class).single();
    }
}
