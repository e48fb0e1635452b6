package org.ansim.orders.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.ansim.referral.ReferralTestData;
import org.ansim.risk.CaseMother;
import org.ansim.settings.PolicySettings;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.StaffSession;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The orders API: an order in the shape of a referral's measures, its limits as 400 naming the field, extension and its
 * count as 422, the judge's approval deadline, the expiry warning, violations, and the referral's measures landing here.
 */
@AnsimIntegrationTest
class OrdersApiTests {

    static final Pattern ORDER_ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    StaffSession caseManager() {
        var session = StaffSession.signedIn(port, "demo-case-manager", "demo-password");
        session.get("/");
        return session;
    }

    static LocalDate today() {
        return LocalDate.now(PolicySettings.ZONE);
    }

    static String measure(String kind, String no, LocalDate startsOn, LocalDate endsOn) {
        return """
                {"kind":"%s",%s"startsOn":"%s","endsOn":"%s","approachBanMeters":100,"telecomBan":true}""".formatted(kind, no == null ? "" : "\"provisionalNo\":\"" + no + "\",", startsOn, endsOn);
    }

    static String idOf(String body) {
        var matcher = ORDER_ID.matcher(body);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void aProvisionalMeasureIsExtendedTwiceAndThenRefused() {
        var number = CaseMother.assignedToDemoCaseManager(port);
        var session = caseManager();
        var path = "/api/v1/cases/" + number + "/orders";
        var start = today();

        var created = session.postJson(path, measure("PROVISIONAL_MEASURE", "3-2", start, start.plusMonths(3)));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body())
                .contains("\"state\":\"IN_FORCE\"", "\"electronicMonitoring\":true", "\"maxExtensions\":2");
        var id = idOf(created.body());

        var tooLong = session.postJson(
                path + "/" + id + "/extension",
                "{\"endsOn\":\"" + start.plusMonths(6).plusDays(1) + "\"}");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"field\":\"endsOn\"");
        assertThat(session.postJson(path + "/" + id + "/extension", "{\"endsOn\":\"" + start.plusMonths(6) + "\"}")
                        .statusCode())
                .isEqualTo(200);
        var second = session.postJson(path + "/" + id + "/extension", "{\"endsOn\":\"" + start.plusMonths(9) + "\"}");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("\"extensions\":2");
        var third = session.postJson(path + "/" + id + "/extension", "{\"endsOn\":\"" + start.plusMonths(10) + "\"}");
        assertThat(third.statusCode()).isEqualTo(422);
        assertThat(third.body()).contains("/problems/order-extension-limit");

        var unknown = session.postJson(
                path + "/00000000-0000-0000-0000-000000000000/extension", "{\"endsOn\":\"" + start + "\"}");
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void anImpossibleDurationIsABadRequestNamingTheField() {
        var number = CaseMother.assignedToDemoCaseManager(port);
        var session = caseManager();
        var path = "/api/v1/cases/" + number + "/orders";
        var start = today();

        var detention = session.postJson(
                path,
                measure("PROVISIONAL_MEASURE", "4", start, start.plusMonths(1).plusDays(1)));
        assertThat(detention.statusCode()).isEqualTo(400);
        assertThat(detention.body()).contains("\"field\":\"endsOn\"");
        var backwards = session.postJson(path, measure("EMERGENCY_MEASURE", null, start, start.minusDays(1)));
        assertThat(backwards.statusCode()).isEqualTo(400);
        var noNumber = session.postJson(path, measure("PROVISIONAL_MEASURE", null, start, start.plusDays(1)));
        assertThat(noNumber.body()).contains("\"field\":\"provisionalNo\"");
        var missing = session.postJson(path, "{\"kind\":\"EMERGENCY_MEASURE\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("startsOn");
        var protection = session.postJson(path, measure("PROTECTION_ORDER", null, start, start.plusMonths(3)));
        assertThat(protection.statusCode()).isEqualTo(422);
        assertThat(protection.body()).contains("/problems/protection-order-not-in-force");
    }

    @Test
    void anEmergencyMeasureWithoutTheJudgesApprovalIn48HoursIsCancelledByItsTimer() {
        var number = CaseMother.assignedToDemoCaseManager(port);
        var session = caseManager();
        var path = "/api/v1/cases/" + number + "/orders";
        var threeDaysAgo = today().minusDays(3);

        var created =
                session.postJson(path, measure("EMERGENCY_MEASURE", null, threeDaysAgo, threeDaysAgo.plusDays(20)));
        assertThat(created.statusCode()).isEqualTo(201);
        var id = idOf(created.body());

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> session.getJson(path).body().contains("\"state\":\"CANCELLED\""));
        var approval = session.postJson(
                path + "/" + id + "/approval",
                "{\"approvedAt\":\"" + today().atStartOfDay(PolicySettings.ZONE).toOffsetDateTime() + "\"}");
        assertThat(approval.statusCode()).isEqualTo(422);
    }

    @Test
    void anApprovedEmergencyMeasureStaysInForceAndItsApprovalTimerIsGone() {
        var number = CaseMother.assignedToDemoCaseManager(port);
        var session = caseManager();
        var path = "/api/v1/cases/" + number + "/orders";

        var created = session.postJson(path, measure("EMERGENCY_MEASURE", null, today(), today().plusDays(20)));
        var id = idOf(created.body());
        var approved = session.postJson(
                path + "/" + id + "/approval",
                "{\"approvedAt\":\""
                        + java.time.OffsetDateTime.now(PolicySettings.ZONE).minusMinutes(1) + "\"}");

        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(approved.body()).contains("\"state\":\"IN_FORCE\"");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM scheduled_tasks WHERE task_name = 'orders-emergency-approval-deadline'"
                                        + " AND task_instance = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anOrderWithinSevenDaysOfItsLapseRaisesOneOrderExpiringAlertAndAMovedEndAnother() {
        var number = CaseMother.assignedToDemoCaseManager(port);
        var session = caseManager();
        var path = "/api/v1/cases/" + number + "/orders";

        var created = session.postJson(
                path, measure("PROVISIONAL_MEASURE", "2", today().minusMonths(2), today().plusDays(5)));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"expiring\":true");
        var id = idOf(created.body());

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> alertsFor(number, id) == 1);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'orders-expiry-warning'"
                                        + " AND task_instance = ?")
                                .param(id)
                                .query(Long.class)
                                .single()
                        == 0);

        assertThat(session.postJson(path + "/" + id + "/extension", "{\"endsOn\":\"" + today().plusDays(60) + "\"}")
                        .statusCode())
                .isEqualTo(200);
        var rescheduled = jdbc.sql(
                        "SELECT execution_time FROM scheduled_tasks WHERE task_name = 'orders-expiry-warning'"
                                + " AND task_instance = ?")
                .param(id)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        var lapse = today().plusDays(61).atStartOfDay(PolicySettings.ZONE).toInstant();
        assertThat(rescheduled).isEqualTo(lapse.minus(Duration.ofDays(7)));
        assertThat(alertsFor(number, id)).isEqualTo(1);
    }

    @Test
    void aViolationIsRecordedWithItsTimeEvidenceAndASealedPlace() {
        var number = CaseMother.assignedToDemoCaseManager(port);
        var session = caseManager();
        var path = "/api/v1/cases/" + number + "/orders";
        var created = session.postJson(
                path, measure("PROVISIONAL_MEASURE", "2", today().minusDays(10), today().plusMonths(2)));
        var id = idOf(created.body());
        var at = java.time.OffsetDateTime.now(PolicySettings.ZONE).minusHours(3).withNano(0);

        var violation = session.postJson(
                path + "/" + id + "/violations",
                "{\"occurredAt\":\"" + at + "\",\"place\":\"피해자 집 앞 골목\",\"evidenceReference\":\"CCTV-2026-0042\"}");
        assertThat(violation.statusCode()).isEqualTo(201);
        assertThat(violation.body())
                .contains("CCTV-2026-0042", "\"placeSealed\":true")
                .doesNotContain("골목");

        var future = session.postJson(
                path + "/" + id + "/violations",
                "{\"occurredAt\":\"" + at.plusDays(2) + "\",\"place\":\"x\",\"evidenceReference\":\"E-1\"}");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("occurredAt");

        assertThat(session.getJson(path).body()).contains("CCTV-2026-0042").doesNotContain("골목");
    }

    @Test
    void theMeasuresOfAPoliceReferralLandAsOrdersOnce() throws Exception {
        var json = (tools.jackson.databind.node.ObjectNode) tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(ReferralTestData.ofDistinctPeople((int) (System.nanoTime() % 90_000)));
        var measures = json.putArray("measures");
        measures.addObject()
                .put("kind", "PROVISIONAL_MEASURE")
                .put("provisionalNo", "3")
                .put("startsOn", today().toString())
                .put("endsOn", today().plusMonths(3).toString())
                .put("telecomBan", true);
        var number = CaseMother.assignedToDemoCaseManager(port, json.toString());
        var again =
                org.ansim.support.ApiClient.withKey(port, "demo-police-key").post("/api/v1/referrals", json.toString());
        assertThat(again.statusCode()).isEqualTo(200);

        var session = caseManager();
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> session.getJson("/api/v1/cases/" + number + "/orders")
                        .body()
                        .contains("PROVISIONAL_MEASURE"));
        Thread.sleep(500);
        var body = session.getJson("/api/v1/cases/" + number + "/orders").body();
        assertThat(body.split("\"kind\":", -1)).hasSize(2);
        assertThat(body).contains("\"fromPoliceReferral\":true", "\"recordedBy\":\"police:서울강남경찰서\"");
    }

    /** This order's warnings only: the referral that opened the case brings an order of its own. */
    private long alertsFor(String number, String orderId) {
        return jdbc.sql("SELECT count(*) FROM alerts_alert WHERE case_number = ? AND kind = 'ORDER_EXPIRING'"
                        + " AND source_key LIKE ?")
                .param(number)
                .param("order-expiring:" + orderId + ":%")
                .query(Long.class)
                .single();
    }
}
