package org.ansim.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.ApiClient;
import org.ansim.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** INTERFACES.md "Victim safety app": enrolment, SOS, its status, PINs and the duress PIN, to the letter. */
@AnsimIntegrationTest
class EnrolmentAndSosContractTests {

    static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCodeFromTheCaseTabEnrolsOnePhoneOnceAndItsTokenWorksUntilRevoked() {
        var caseNumber = PhoneMother.caseOfTheDemoManager(jdbc);
        var code = PhoneMother.issuedCode(port, caseNumber);

        var token = PhoneMother.enrol(port, code.toLowerCase().replace("-", " "));
        assertThat(token).startsWith("ansim_dev_");
        assertThat(jdbc.sql("SELECT count(*) FROM safety_phone WHERE token_hash LIKE 'ansim_dev_%'")
                        .query(Long.class)
                        .single())
                .as("only a hash is kept")
                .isZero();

        var again = ApiClient.anonymous(port)
                .post("/api/v1/app/enrolments", "{\"code\":\"" + code + "\",\"deviceName\":\"두 번째\"}");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("/invalid-enrolment-code");

        var phone = ApiClient.withKey(port, token);
        assertThat(phone.get("/api/v1/app/me").statusCode()).isEqualTo(200);

        var manager = StaffSession.signedIn(port, "demo-case-manager", "demo-password");
        var tab = manager.get("/cases/" + caseNumber + "/safety");
        assertThat(tab.body()).contains("테스트 휴대폰");
        var phoneId = jdbc.sql("SELECT id FROM safety_phone WHERE case_number = ? ORDER BY enrolled_at DESC LIMIT 1")
                .param(caseNumber)
                .query(UUID.class)
                .single();
        var revoked = manager.postForm("/cases/" + caseNumber + "/safety/phones/" + phoneId + "/revocation", Map.of());
        assertThat(revoked.statusCode()).isEqualTo(302);
        assertThat(phone.get("/api/v1/app/me").statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownOrExpiredCodeIs422AndAMissingOneIs400() {
        var unknown = ApiClient.anonymous(port)
                .post("/api/v1/app/enrolments", "{\"code\":\"AAAA-BBBB-CCCC\",\"deviceName\":\"x\"}");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("/invalid-enrolment-code");

        var code = PhoneMother.issuedCode(port, PhoneMother.caseOfTheDemoManager(jdbc));
        jdbc.sql("UPDATE safety_enrolment_code SET expires_at = now() - interval '1 minute' WHERE used_at IS NULL")
                .update();
        var expired = ApiClient.anonymous(port)
                .post("/api/v1/app/enrolments", "{\"code\":\"" + code + "\",\"deviceName\":\"x\"}");
        assertThat(expired.statusCode()).isEqualTo(422);

        var missing = ApiClient.anonymous(port).post("/api/v1/app/enrolments", "{\"deviceName\":\"x\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"code\"");
    }

    @Test
    void anSosIsAcceptedOnceRaisesOneAlertAndARetryGetsTheFirstAnswer() {
        var phone = PhoneMother.enrolledPhone(port, jdbc);
        var clientEventId = UUID.randomUUID();
        var body = PhoneMother.sos(clientEventId, 37.5665, 126.9780);

        var first = phone.post("/api/v1/app/sos", body);
        var retry = phone.post("/api/v1/app/sos", body);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(retry.statusCode()).isEqualTo(202);
        assertThat(retry.body()).isEqualTo(first.body());
        var alertId = PhoneMother.alertId(first.body());
        assertThat(jdbc.sql("SELECT count(*) FROM alerts_alert WHERE source_key = ? AND kind = 'SOS' AND id = ?::uuid")
                        .params("sos:" + clientEventId, alertId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT location_quality FROM safety_sos WHERE client_event_id = ?")
                        .param(clientEventId)
                        .query(String.class)
                        .single())
                .isEqualTo("PROVIDED");
        assertThat(jdbc.sql("SELECT summary FROM alerts_alert WHERE id = ?::uuid")
                        .param(alertId)
                        .query(String.class)
                        .single())
                .doesNotContain("37.5", "126.9");

        var different = phone.post("/api/v1/app/sos", PhoneMother.sos(clientEventId, 37.1, 127.1));
        assertThat(different.statusCode()).isEqualTo(409);
        assertThat(different.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void anSosWithoutOrWithAnImpossibleLocationIsStillAnSos() {
        var phone = PhoneMother.enrolledPhone(port, jdbc);
        var without = UUID.randomUUID();
        var impossible = UUID.randomUUID();
        var nonsense = UUID.randomUUID();

        assertThat(phone.post("/api/v1/app/sos", PhoneMother.sos(without, null, null))
                        .statusCode())
                .isEqualTo(202);
        assertThat(phone.post("/api/v1/app/sos", PhoneMother.sos(impossible, 123.0, 500.0))
                        .statusCode())
                .isEqualTo(202);
        assertThat(phone.post(
                                "/api/v1/app/sos",
                                "{\"clientEventId\":\"" + nonsense
                                        + "\",\"at\":\"yesterday\",\"latitude\":\"north\",\"longitude\":[1],\"accuracyMeters\":-5}")
                        .statusCode())
                .isEqualTo(202);

        assertThat(qualityOf(without)).isEqualTo("MISSING");
        assertThat(qualityOf(impossible)).isEqualTo("DROPPED");
        assertThat(qualityOf(nonsense)).isEqualTo("DROPPED");
        assertThat(jdbc.sql("SELECT count(*) FROM safety_sos WHERE client_event_id IN (?, ?, ?) AND location IS NULL")
                        .params(without, impossible, nonsense)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM alerts_alert WHERE source_key IN (?, ?, ?)")
                        .params("sos:" + without, "sos:" + impossible, "sos:" + nonsense)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void anSosWithoutAClientEventIdIs400() {
        var phone = PhoneMother.enrolledPhone(port, jdbc);
        var response = phone.post("/api/v1/app/sos", "{\"latitude\":37.5,\"longitude\":127.0}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"clientEventId\"");
    }

    @Test
    void thePhoneSeesItsSosStatusInPlainWordsAndNothingOfAnotherPhone() {
        var phone = PhoneMother.enrolledPhone(port, jdbc);
        var other = PhoneMother.enrolledPhone(port, jdbc);
        var alertId = PhoneMother.alertId(phone.post("/api/v1/app/sos", PhoneMother.sos(UUID.randomUUID(), 37.5, 127.0))
                .body());

        assertThat(phone.get("/api/v1/app/sos/" + alertId).body()).isEqualTo("{\"status\":\"RECEIVED\"}");
        assertThat(other.get("/api/v1/app/sos/" + alertId).statusCode()).isEqualTo(404);

        var dispatcher = StaffSession.signedIn(port, "demo-dispatcher", "demo-password");
        dispatcher.get("/");
        assertThat(dispatcher
                        .postJson("/api/v1/alerts/" + alertId + "/acknowledgement", "")
                        .statusCode())
                .isEqualTo(200);
        assertThat(phone.get("/api/v1/app/sos/" + alertId).body()).isEqualTo("{\"status\":\"ACKNOWLEDGED\"}");

        assertThat(dispatcher
                        .postJson("/api/v1/alerts/" + alertId + "/dispatches", "{\"kind\":\"GUARD\"}")
                        .statusCode())
                .isEqualTo(201);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> phone.get("/api/v1/app/sos/" + alertId).body().equals("{\"status\":\"HELP_ON_THE_WAY\"}"));

        dispatcher.postJson("/api/v1/alerts/" + alertId + "/closure", "{\"outcome\":\"FALSE_ALARM\"}");
        assertThat(phone.get("/api/v1/app/sos/" + alertId).body()).isEqualTo("{\"status\":\"CLOSED\"}");
    }

    @Test
    void withoutPinsAnSosIsCancelledWithoutOne() {
        var phone = PhoneMother.enrolledPhone(port, jdbc);
        var alertId = PhoneMother.alertId(phone.post("/api/v1/app/sos", PhoneMother.sos(UUID.randomUUID(), null, null))
                .body());

        var cancelled = phone.post("/api/v1/app/sos/" + alertId + "/cancellation", "{}");

        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(cancelled.body()).isEqualTo("{\"status\":\"CANCELLED\"}");
        assertThat(phone.get("/api/v1/app/sos/" + alertId).body()).isEqualTo("{\"status\":\"CANCELLED\"}");
        // The console no longer shows it and its ladder stops: she called it off.
        assertThat(jdbc.sql("SELECT status || ' ' || outcome FROM alerts_alert WHERE id = ?::uuid")
                        .param(alertId)
                        .query(String.class)
                        .single())
                .isEqualTo("CLOSED CANCELLED_BY_VICTIM");
    }

    @Test
    void pinsAreFourToEightDigitsDifferentAndKeptAsHashes() {
        var phone = PhoneMother.enrolledPhone(port, jdbc);

        assertThat(putPins(phone, "123", "5678").statusCode()).isEqualTo(400);
        assertThat(putPins(phone, "1234", "1234").statusCode()).isEqualTo(400);
        assertThat(putPins(phone, "1234", "12a4").body()).contains("\"field\":\"duressPin\"");
        assertThat(phone.get("/api/v1/app/me").body()).contains("\"pins\":{\"cancel\":false,\"duress\":false}");

        assertThat(putPins(phone, "1234", "9876").statusCode()).isEqualTo(204);
        assertThat(phone.get("/api/v1/app/me").body()).contains("\"pins\":{\"cancel\":true,\"duress\":true}");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM safety_phone WHERE cancel_pin_hash = '1234' OR duress_pin_hash = '9876'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theCancelPinCancelsAWrongPinIs422AndTheDuressPinLooksTheSameButRaisesASilentAlert() {
        var phone = PhoneMother.enrolledPhone(port, jdbc);
        putPins(phone, "1234", "9876");
        var cancelled =
                PhoneMother.alertId(phone.post("/api/v1/app/sos", PhoneMother.sos(UUID.randomUUID(), 37.5, 127.0))
                        .body());
        var underDuress =
                PhoneMother.alertId(phone.post("/api/v1/app/sos", PhoneMother.sos(UUID.randomUUID(), 37.5, 127.0))
                        .body());

        var wrong = phone.post("/api/v1/app/sos/" + cancelled + "/cancellation", "{\"pin\":\"0000\"}");
        var none = phone.post("/api/v1/app/sos/" + cancelled + "/cancellation", "{}");
        var normal = phone.post("/api/v1/app/sos/" + cancelled + "/cancellation", "{\"pin\":\"1234\"}");
        var duress = phone.post("/api/v1/app/sos/" + underDuress + "/cancellation", "{\"pin\":\"9876\"}");

        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("/wrong-pin");
        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(normal.statusCode()).isEqualTo(200);
        assertThat(duress.statusCode()).isEqualTo(200);
        assertThat(duress.body()).isEqualTo(normal.body());
        assertThat(phone.get("/api/v1/app/sos/" + underDuress).body()).isEqualTo("{\"status\":\"CANCELLED\"}");

        var sosId = jdbc.sql("SELECT id FROM safety_sos WHERE alert_id = ?::uuid")
                .param(underDuress)
                .query(UUID.class)
                .single();
        assertThat(jdbc.sql("SELECT duress FROM safety_sos WHERE id = ?")
                        .param(sosId)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("SELECT silent, priority, kind FROM alerts_alert WHERE source_key = ?")
                        .param("duress:sos:" + sosId)
                        .query((rs, n) -> rs.getBoolean(1) + " " + rs.getString(2) + " " + rs.getString(3))
                        .single())
                .isEqualTo("true HIGH SOS");
        assertThat(jdbc.sql("SELECT status FROM alerts_alert WHERE id = ?::uuid")
                        .param(underDuress)
                        .query(String.class)
                        .single())
                .as("the SOS stays open for the dispatcher")
                .isEqualTo("OPEN");
    }

    @Test
    void theAppOverviewShowsContactAndSettingsAndNothingSensitive() {
        var demo = ApiClient.withKey(port, "demo-phone-token");
        var me = demo.get("/api/v1/app/me");

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body())
                .contains("\"caseManager\":{\"name\":", "\"phone\":\"02-2133-0000\"")
                .contains("\"sosCancelSeconds\":5", "\"defaultGraceSeconds\":300", "\"appointments\":[]")
                .doesNotContain("address", "offender", "caseNumber", "STK-");
        assertThat(ApiClient.withKey(port, "demo-phone-token").get("/api/v1/me").statusCode())
                .isEqualTo(403);
    }

    @Test
    void theConsoleDemoButtonMakesTheDemoPhoneSendAnSosFromCityHall() {
        var dispatcher = StaffSession.signedIn(port, "demo-dispatcher", "demo-password");
        dispatcher.get("/");
        var played = dispatcher.postJson("/safety/demo/sos", "");

        assertThat(played.statusCode()).isEqualTo(202);
        var alertId = PhoneMother.alertId(played.body());
        var panel = dispatcher.get("/safety/alerts/" + alertId + "/location");
        assertThat(panel.statusCode()).isEqualTo(200);
        assertThat(panel.body()).contains("data-alert-lat=\"37.56", "data-alert-lon=\"126.97");
        assertThat(panel.body()).contains("/safety/alerts/" + alertId + "/home/reveal");

        var police = StaffSession.signedIn(port, "demo-police", "demo-password");
        assertThat(police.get("/safety/alerts/" + alertId + "/location").statusCode())
                .isIn(403, 404);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE subject_type = 'safety-sos' AND action = 'REVEAL'")
                        .query(Long.class)
                        .single())
                .isPositive();

        dispatcher.postJson("/api/v1/alerts/" + alertId + "/closure", "{\"outcome\":\"FALSE_ALARM\"}");
        assertThat(dispatcher.get("/safety/alerts/" + alertId + "/location").body())
                .doesNotContain("data-alert-lat");
    }

    private String qualityOf(UUID clientEventId) {
        return jdbc.sql("SELECT location_quality FROM safety_sos WHERE client_event_id = ?")
                .param(clientEventId)
                .query(String.class)
                .single();
    }

    private static java.net.http.HttpResponse<String> putPins(ApiClient phone, String cancel, String duress) {
        return phone.send(
                "PUT", "/api/v1/app/pins", "{\"cancelPin\":\"" + cancel + "\",\"duressPin\":\"" + duress + "\"}", JSON);
    }
}
