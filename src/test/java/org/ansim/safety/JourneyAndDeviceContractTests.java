package org.ansim.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.ansim.safety.internal.EscalateJourney;
import org.ansim.safety.internal.PositionRetention;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.ApiClient;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** INTERFACES.md journeys and home devices: every rule and status code. */
@AnsimIntegrationTest
class JourneyAndDeviceContractTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EscalateJourney escalate;

    @Autowired
    PositionRetention retention;

    @Test
    void aJourneyEscalatesAtExpectedArrivalPlusGraceWithTheSettingAsDefault() {
        var phone = PhoneMother.enrolledPhone(port, jdbc);
        var arrival = Instant.now().plus(Duration.ofMinutes(30)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        var withGrace = phone.post("/api/v1/app/journeys", PhoneMother.journey(UUID.randomUUID(), arrival, 120));
        var withDefault = phone.post("/api/v1/app/journeys", PhoneMother.journey(UUID.randomUUID(), arrival, null));

        assertThat(withGrace.statusCode()).isEqualTo(201);
        assertThat(escalatesAt(withGrace.body())).isEqualTo(arrival.plusSeconds(120));
        assertThat(escalatesAt(withDefault.body())).isEqualTo(arrival.plusSeconds(300));
        assertThat(timerOf(PhoneMother.journeyId(withGrace.body()))).isEqualTo(arrival.plusSeconds(120));
    }

    @Test
    void anArrivalInThePastOrMoreThanADayAheadOrAGraceOutOfRangeIs400() {
        var phone = PhoneMother.enrolledPhone(port, jdbc);
        var now = Instant.now();

        var past = phone.post("/api/v1/app/journeys", PhoneMother.journey(UUID.randomUUID(), now.minusSeconds(60), 0));
        var tooFar = phone.post(
                "/api/v1/app/journeys", PhoneMother.journey(UUID.randomUUID(), now.plus(Duration.ofHours(25)), 0));
        var grace =
                phone.post("/api/v1/app/journeys", PhoneMother.journey(UUID.randomUUID(), now.plusSeconds(600), 3601));

        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(past.body()).contains("\"field\":\"expectedArrivalAt\"");
        assertThat(tooFar.statusCode()).isEqualTo(400);
        assertThat(grace.statusCode()).isEqualTo(400);
        assertThat(grace.body()).contains("\"field\":\"graceSeconds\"");
    }

    @Test
    void aRetriedJourneyGetsTheFirstAnswerAndADifferentBodyIs409() {
        var phone = PhoneMother.enrolledPhone(port, jdbc);
        var key = UUID.randomUUID();
        var arrival = Instant.now().plus(Duration.ofMinutes(20));

        var first = phone.post("/api/v1/app/journeys", PhoneMother.journey(key, arrival, 60));
        var retry = phone.post("/api/v1/app/journeys", PhoneMother.journey(key, arrival, 60));
        var different = phone.post("/api/v1/app/journeys", PhoneMother.journey(key, arrival, 90));

        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(different.statusCode()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT count(*) FROM safety_journey WHERE client_event_id = ?")
                        .param(key)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void positionsAreTakenWhileOnTheWayAndArrivalEndsTheJourneyAndCancelsItsTimer() {
        var phone = PhoneMother.enrolledPhone(port, jdbc);
        var started = phone.post(
                "/api/v1/app/journeys",
                PhoneMother.journey(UUID.randomUUID(), Instant.now().plus(Duration.ofMinutes(20)), 60));
        var id = PhoneMother.journeyId(started.body());

        assertThat(phone.get("/api/v1/app/journeys/current").body()).contains(id);
        assertThat(phone.post("/api/v1/app/journeys/" + id + "/positions", PhoneMother.position(37.55, 126.99))
                        .statusCode())
                .isEqualTo(204);
        assertThat(phone.post("/api/v1/app/journeys/" + id + "/positions", PhoneMother.position(95, 126.99))
                        .statusCode())
                .isEqualTo(400);
        assertThat(phone.post(
                                "/api/v1/app/journeys/" + UUID.randomUUID() + "/positions",
                                PhoneMother.position(37.55, 126.99))
                        .statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM safety_journey_position WHERE journey_id = ?::uuid")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        var arrived = phone.post("/api/v1/app/journeys/" + id + "/arrival", null);

        assertThat(arrived.statusCode()).isEqualTo(200);
        assertThat(timerExists(id)).isFalse();
        assertThat(phone.get("/api/v1/app/journeys/current").statusCode()).isEqualTo(204);
        assertThat(phone.post("/api/v1/app/journeys/" + id + "/positions", PhoneMother.position(37.55, 126.99))
                        .statusCode())
                .isEqualTo(409);
        assertThat(phone.post("/api/v1/app/journeys/" + id + "/extension", "{\"minutes\":15}")
                        .statusCode())
                .isEqualTo(409);
    }

    @Test
    void anExtensionMovesTheTimerAndAnswersTheNewDeadline() {
        var phone = PhoneMother.enrolledPhone(port, jdbc);
        var arrival = Instant.now().plus(Duration.ofMinutes(10)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var id = PhoneMother.journeyId(
                phone.post("/api/v1/app/journeys", PhoneMother.journey(UUID.randomUUID(), arrival, 0))
                        .body());

        var extended = phone.post("/api/v1/app/journeys/" + id + "/extension", "{\"minutes\":15}");

        assertThat(extended.statusCode()).isEqualTo(200);
        assertThat(escalatesAt(extended.body())).isEqualTo(arrival.plus(Duration.ofMinutes(15)));
        assertThat(timerOf(id)).isEqualTo(arrival.plus(Duration.ofMinutes(15)));
        assertThat(phone.post("/api/v1/app/journeys/" + id + "/extension", "{\"minutes\":0}")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void endingAJourneyWithTheDuressPinLooksLikeArrivalButRaisesASilentAlertAndAWrongPinIs422() {
        var phone = PhoneMother.enrolledPhone(port, jdbc);
        phone.send(
                "PUT",
                "/api/v1/app/pins",
                "{\"cancelPin\":\"2468\",\"duressPin\":\"1357\"}",
                java.util.Map.of("Content-Type", "application/json"));
        var id = PhoneMother.journeyId(phone.post(
                        "/api/v1/app/journeys",
                        PhoneMother.journey(UUID.randomUUID(), Instant.now().plus(Duration.ofMinutes(20)), 60))
                .body());

        var wrong = phone.post("/api/v1/app/journeys/" + id + "/arrival", "{\"pin\":\"0000\"}");
        var duress = phone.post("/api/v1/app/journeys/" + id + "/arrival", "{\"pin\":\"1357\"}");

        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("/wrong-pin");
        assertThat(duress.statusCode()).isEqualTo(200);
        assertThat(duress.body()).contains("\"status\":\"ARRIVED\"");
        assertThat(jdbc.sql("SELECT silent FROM alerts_alert WHERE source_key = ?")
                        .param("duress:journey:" + id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void aJourneyNotEndedByItsDeadlineRaisesOneMissedArrivalAlertByItself() {
        var phone = PhoneMother.enrolledPhone(port, jdbc);
        var id = PhoneMother.journeyId(phone.post(
                        "/api/v1/app/journeys",
                        PhoneMother.journey(UUID.randomUUID(), Instant.now().plusSeconds(2), 0))
                .body());

        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> "ESCALATED"
                        .equals(jdbc.sql("SELECT status FROM safety_journey WHERE id = ?::uuid")
                                .param(id)
                                .query(String.class)
                                .single()));
        assertThat(escalate.execute(UUID.fromString(id)))
                .as("a second run changes nothing")
                .isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM alerts_alert WHERE source_key = ? AND kind = 'MISSED_ARRIVAL'")
                        .param("journey:" + id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        var lateness = jdbc.sql(
                        "SELECT extract(epoch FROM escalated_at - escalates_at) FROM safety_journey WHERE id = ?::uuid")
                .param(id)
                .query(Double.class)
                .single();
        assertThat(lateness).isLessThan(2.0);
    }

    @Test
    void positionsAreDestroyedOnceTheJourneyEndedAndTheRetentionPassed() {
        var phone = PhoneMother.enrolledPhone(port, jdbc);
        var old = PhoneMother.journeyId(phone.post(
                        "/api/v1/app/journeys",
                        PhoneMother.journey(UUID.randomUUID(), Instant.now().plus(Duration.ofMinutes(20)), 60))
                .body());
        var recent = PhoneMother.journeyId(phone.post(
                        "/api/v1/app/journeys",
                        PhoneMother.journey(UUID.randomUUID(), Instant.now().plus(Duration.ofMinutes(20)), 60))
                .body());
        for (var id : new String[] {old, recent}) {
            phone.post("/api/v1/app/journeys/" + id + "/positions", PhoneMother.position(37.5, 127.0));
            phone.post("/api/v1/app/journeys/" + id + "/arrival", null);
        }
        jdbc.sql("UPDATE safety_journey SET ended_at = now() - interval '31 days' WHERE id = ?::uuid")
                .param(old)
                .update();

        retention.execute();

        assertThat(positions(old)).isZero();
        assertThat(positions(recent)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'safety-position-retention'")
                        .query(Long.class)
                        .single())
                .as("the daily destruction is a recurring durable timer")
                .isEqualTo(1);
    }

    @Test
    void aBellPressRaisesAnAlertOnceAndARetryGetsTheFirstAnswer() {
        var gateway = ApiClient.withKey(port, "demo-device-key");
        var eventId = "bell-" + UUID.randomUUID();
        var body = deviceEvent(eventId, "DEMO-BELL-0001", "BELL_PRESSED", OffsetDateTime.now(PhoneMother.SEOUL));

        var first = gateway.post("/api/v1/device-events", body);
        var retry = gateway.post("/api/v1/device-events", body);
        var different = gateway.post(
                "/api/v1/device-events", deviceEvent(eventId, "DEMO-BELL-0001", "CCTV_MOTION", OffsetDateTime.now()));

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(different.statusCode()).isEqualTo(409);
        var alertId = PhoneMother.alertId(first.body());
        assertThat(jdbc.sql("SELECT kind FROM alerts_alert WHERE id = ?::uuid")
                        .param(alertId)
                        .query(String.class)
                        .single())
                .isEqualTo("DEVICE");
    }

    @Test
    void anUnissuedSerialIs422AndAKeyWithoutTheScopeIs403() {
        var unknown = ApiClient.withKey(port, "demo-device-key")
                .post(
                        "/api/v1/device-events",
                        deviceEvent("e-" + UUID.randomUUID(), "NO-SUCH-SERIAL", "BELL_PRESSED", OffsetDateTime.now()));
        var police = ApiClient.withKey(port, "demo-police-key")
                .post(
                        "/api/v1/device-events",
                        deviceEvent("e-" + UUID.randomUUID(), "DEMO-BELL-0001", "BELL_PRESSED", OffsetDateTime.now()));
        var badType = ApiClient.withKey(port, "demo-device-key")
                .post(
                        "/api/v1/device-events",
                        deviceEvent("e-" + UUID.randomUUID(), "DEMO-BELL-0001", "EXPLODED", OffsetDateTime.now()));

        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(police.statusCode()).isEqualTo(403);
        assertThat(badType.statusCode()).isEqualTo(400);
    }

    @Test
    void aDoorbellRaisesAnAlertOnlyAtNightAndOtherEventsAreRecordedOnly() {
        var gateway = ApiClient.withKey(port, "demo-device-key");
        var night = ZonedDateTime.of(LocalDate.now(PhoneMother.SEOUL), LocalTime.of(23, 15), PhoneMother.SEOUL)
                .toOffsetDateTime();
        var noon = night.withHour(12);
        var early = night.withHour(5);

        var atNight = gateway.post(
                "/api/v1/device-events",
                deviceEvent("d-" + UUID.randomUUID(), "DEMO-DOORBELL-0001", "DOORBELL_RING", night));
        var atNoon = gateway.post(
                "/api/v1/device-events",
                deviceEvent("d-" + UUID.randomUUID(), "DEMO-DOORBELL-0001", "DOORBELL_RING", noon));
        var atFive = gateway.post(
                "/api/v1/device-events",
                deviceEvent("d-" + UUID.randomUUID(), "DEMO-DOORBELL-0001", "DOORBELL_RING", early));
        var motion = gateway.post(
                "/api/v1/device-events",
                deviceEvent("d-" + UUID.randomUUID(), "DEMO-DOORBELL-0001", "CCTV_MOTION", night));

        assertThat(atNight.body()).contains("\"alertId\":\"");
        assertThat(atFive.body()).contains("\"alertId\":\"");
        assertThat(atNoon.statusCode()).isEqualTo(202);
        assertThat(atNoon.body()).contains("\"alertId\":null");
        assertThat(motion.body()).contains("\"alertId\":null");
    }

    private static String deviceEvent(String eventId, String serial, String type, OffsetDateTime at) {
        return "{\"eventId\":\"%s\",\"deviceSerial\":\"%s\",\"type\":\"%s\",\"at\":\"%s\"}"
                .formatted(eventId, serial, type, at);
    }

    private long positions(String journeyId) {
        return jdbc.sql("SELECT count(*) FROM safety_journey_position WHERE journey_id = ?::uuid")
                .param(journeyId)
                .query(Long.class)
                .single();
    }

    private static Instant escalatesAt(String body) {
        var matcher =
                java.util.regex.Pattern.compile("\"escalatesAt\":\"([^\"]+)\"").matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        assertThat(matcher.group(1)).endsWith("+09:00");
        return OffsetDateTime.parse(matcher.group(1)).toInstant();
    }

    private Instant timerOf(String journeyId) {
        return jdbc.sql("SELECT execution_time FROM scheduled_tasks WHERE task_name = ? AND task_instance = ?")
                .params("safety-journey-escalation", journeyId)
                .query(OffsetDateTime.class)
                .single()
                .toInstant();
    }

    private boolean timerExists(String journeyId) {
        return jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = ? AND task_instance = ?")
                        .params("safety-journey-escalation", journeyId)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
