package org.ansim.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.ansim.database.EmbeddedDatabase;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.ApiClient;
import org.ansim.support.SecondNode;
import org.ansim.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two Ansim nodes on one PostgreSQL: a referral the police post to node A appears on the live inbox stream of a unit
 * lead whose browser is connected to node B.
 */
@AnsimIntegrationTest
class ReferralOnTwoNodesTests {

    private static final Pattern CASE_NUMBER = Pattern.compile("\"caseNumber\":\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedDatabase database;

    @Test
    void aReferralPostedToOneNodeReachesTheInboxStreamOfTheOther() throws Exception {
        var unitLead = StaffSession.signedIn(port, "demo-unit-lead", "demo-password");
        try (var nodeB = SecondNode.on(database)) {
            var events = new LinkedBlockingQueue<String[]>();
            var stream = openStream(nodeB.port(), unitLead.sessionCookie(), events);

            var response =
                    ApiClient.withKey(port, "demo-police-key").post("/api/v1/referrals", ReferralTestData.highRisk());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            var matcher = CASE_NUMBER.matcher(response.body());
            assertThat(matcher.find()).isTrue();
            var caseNumber = matcher.group(1);

            var event = nextAbout(events, caseNumber, Duration.ofSeconds(5));
            stream.close();

            assertThat(event)
                    .as("the referral's alert on node B's stream within 5 s")
                    .isNotNull();
            assertThat(event[0]).isEqualTo("alert");
            assertThat(event[1]).isNotBlank();
            assertThat(event[2])
                    .contains("\"kind\":\"REFERRAL\"")
                    .contains("\"caseNumber\":\"" + caseNumber + "\"")
                    .contains("\"status\":\"OPEN\"");
        }
    }

    /** The stream as a browser's EventSource reads it; each event as {name, id, data}. */
    private static java.util.stream.Stream<String> openStream(int port, String cookie, BlockingQueue<String[]> events)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/alerts/stream"))
                .header("Cookie", cookie)
                .header("Accept", "text/event-stream")
                .build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        var lines = response.body();
        var connected = new java.util.concurrent.CountDownLatch(1);
        Thread.ofVirtual().start(() -> {
            var event = new String[] {null, null, ""};
            try {
                for (var iterator = lines.iterator(); iterator.hasNext(); ) {
                    var line = iterator.next();
                    if (line.startsWith(":")) {
                        connected.countDown();
                    } else if (line.startsWith("event:")) {
                        event[0] = line.substring(6).strip();
                    } else if (line.startsWith("id:")) {
                        event[1] = line.substring(3).strip();
                    } else if (line.startsWith("data:")) {
                        event[2] += line.substring(5).strip();
                    } else if (line.isEmpty() && event[0] != null) {
                        events.add(event);
                        event = new String[] {null, null, ""};
                    }
                }
            } catch (RuntimeException closed) {
                // the stream was closed
            }
        });
        assertThat(connected.await(5, TimeUnit.SECONDS))
                .as("the stream said it is connected")
                .isTrue();
        return lines;
    }

    private static String[] nextAbout(BlockingQueue<String[]> events, String caseNumber, Duration wait)
            throws InterruptedException {
        var deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            var event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event != null && event[2].contains("\"caseNumber\":\"" + caseNumber + "\"")) {
                return event;
            }
        }
        return null;
    }
}
