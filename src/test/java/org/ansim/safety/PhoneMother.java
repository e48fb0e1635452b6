package org.ansim.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.ansim.support.ApiClient;
import org.ansim.support.StaffSession;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Phones, as a case manager enrols them and as they talk to Ansim. */
public final class PhoneMother {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Pattern CODE = Pattern.compile("id=\"issued-code\"[^>]*>([^<]+)<");
    private static final Pattern TOKEN = Pattern.compile("\"deviceToken\":\"([^\"]+)\"");
    private static final Pattern ALERT = Pattern.compile("\"alertId\":\"([^\"]+)\"");
    private static final Pattern JOURNEY = Pattern.compile("\"journeyId\":\"([^\"]+)\"");

    private PhoneMother() {}

    /** A case of the demo case manager that is still open. */
    static String caseOfTheDemoManager(JdbcClient jdbc) {
        return jdbc.sql("""
                        SELECT number FROM cases_case WHERE case_manager = 'demo-case-manager'
                           AND status IN ('CONTACTED', 'ACTIVE') ORDER BY number DESC LIMIT 1""").query(String.class).single();
    }

    /** The case manager issues a code on the case's safety tab; the code as the page shows it. */
    static String issuedCode(int port, String caseNumber) {
        var manager = StaffSession.signedIn(port, "demo-case-manager", "demo-password");
        manager.get("/cases/" + caseNumber + "/safety");
        var page = manager.postForm("/cases/" + caseNumber + "/safety/codes", Map.of());
        assertThat(page.statusCode()).isEqualTo(200);
        var code = CODE.matcher(page.body());
        assertThat(code.find()).as("the page shows the code").isTrue();
        return code.group(1).strip();
    }

    static String enrol(int port, String code) {
        var response = ApiClient.anonymous(port)
                .post("/api/v1/app/enrolments", "{\"code\":\"" + code + "\",\"deviceName\":\"테스트 휴대폰\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var token = TOKEN.matcher(response.body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    /** A newly enrolled phone on a case of the demo case manager's. */
    public static ApiClient enrolledPhoneOn(int port, String caseNumber) {
        return ApiClient.withKey(port, enrol(port, issuedCode(port, caseNumber)));
    }

    /** A newly enrolled phone on a case of the demo case manager. */
    static ApiClient enrolledPhone(int port, JdbcClient jdbc) {
        return ApiClient.withKey(port, enrol(port, issuedCode(port, caseOfTheDemoManager(jdbc))));
    }

    static String sos(UUID clientEventId, Double latitude, Double longitude) {
        var at = OffsetDateTime.now(SEOUL);
        return latitude == null
                ? "{\"clientEventId\":\"%s\",\"at\":\"%s\"}".formatted(clientEventId, at)
                : "{\"clientEventId\":\"%s\",\"at\":\"%s\",\"latitude\":%s,\"longitude\":%s,\"accuracyMeters\":15}"
                        .formatted(clientEventId, at, latitude, longitude);
    }

    static String journey(UUID clientEventId, Instant expectedArrival, Integer graceSeconds) {
        var at = expectedArrival.atZone(SEOUL).toOffsetDateTime();
        return graceSeconds == null
                ? "{\"clientEventId\":\"%s\",\"destinationLabel\":\"집\",\"expectedArrivalAt\":\"%s\"}"
                        .formatted(clientEventId, at)
                : "{\"clientEventId\":\"%s\",\"destinationLabel\":\"집\",\"expectedArrivalAt\":\"%s\",\"graceSeconds\":%d}"
                        .formatted(clientEventId, at, graceSeconds);
    }

    static String position(double latitude, double longitude) {
        return "{\"at\":\"%s\",\"latitude\":%s,\"longitude\":%s,\"accuracyMeters\":10}"
                .formatted(OffsetDateTime.now(SEOUL), latitude, longitude);
    }

    static String alertId(String body) {
        var matcher = ALERT.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group(1);
    }

    static String journeyId(String body) {
        var matcher = JOURNEY.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group(1);
    }
}
