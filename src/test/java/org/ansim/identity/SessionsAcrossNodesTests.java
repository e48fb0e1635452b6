package org.ansim.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.ansim.database.EmbeddedDatabase;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.SecondNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Sessions live in PostgreSQL: a staff member signed in on one node is signed in on every node. */
@AnsimIntegrationTest
class SessionsAcrossNodesTests {

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedDatabase database;

    @Test
    void aSessionStartedOnOneNodeIsHonouredByAnother() throws Exception {
        var http = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .build();
        var first = org.ansim.support.StaffSession.signedIn(port, "demo-unit-lead", "demo-password");
        var cookie = first.sessionCookie();

        try (var second = SecondNode.on(database)) {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + second.port() + "/api/v1/me"))
                    .header("Cookie", cookie)
                    .header("Accept", "application/json")
                    .build();
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("UNIT_LEAD");
        }
    }
}
