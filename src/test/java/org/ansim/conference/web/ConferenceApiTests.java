package org.ansim.conference.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;
import org.ansim.referral.ReferralTestData;
import org.ansim.risk.CaseMother;
import org.ansim.settings.PolicySettings;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.ApiClient;
import org.ansim.support.StaffSession;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The conference API as stories: a police-HIGH case lands on the agenda of a new conference with its reason and the
 * profiler may see it only while it is under conference; the plan's overdue action shows on the owner's task list;
 * closing a case schedules its check-ins and a new incident reopens it and cancels them; police and providers are
 * refused.
 */
@AnsimIntegrationTest
class ConferenceApiTests {

    static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    StaffSession signedIn(String username) {
        var session = StaffSession.signedIn(port, username, "demo-password");
        session.get("/");
        return session;
    }

    static String idOf(String body) {
        var matcher = ID.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group(1);
    }

    static OffsetDateTime inAWeek() {
        return OffsetDateTime.now(PolicySettings.ZONE).plusDays(7).withNano(0);
    }

    static void eventually(Runnable assertion) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(assertion::run);
    }

    @Test
    void aPoliceHighCaseIsOnTheAgendaWithItsReasonAndTheProfilerSeesItOnlyWhileUnderConference() {
        var number = CaseMother.assignedToDemoCaseManager(port);
        var lead = signedIn("demo-unit-lead");
        var profiler = signedIn("demo-profiler");
        eventually(() -> assertThat(
                        lead.getJson("/api/v1/cases/" + number + "/incidents").body())
                .contains("POLICE_REFERRAL"));

        var scheduled = lead.postJson("/api/v1/conferences", "{\"scheduledAt\":\"" + inAWeek() + "\"}");
        assertThat(scheduled.statusCode()).isEqualTo(201);
        var conference = idOf(scheduled.body());
        var agendaPath = "/api/v1/conferences/" + conference + "/agenda";

        var agenda = lead.getJson(agendaPath);
        assertThat(agenda.statusCode()).isEqualTo(200);
        assertThat(agenda.body()).contains("\"caseNumber\":\"" + number + "\"", "POLICE_HIGH");
        assertThat(profiler.getJson(agendaPath).body()).contains(number);
        assertThat(profiler.getJson("/api/v1/cases/" + number + "/incidents").statusCode())
                .isEqualTo(200);

        assertThat(lead.postJson(
                                "/api/v1/conferences/" + conference + "/cases/" + number + "/notes",
                                "{\"text\":\"피해자 직장 앞 대기 반복\"}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(lead.postJson(
                                "/api/v1/conferences/" + conference + "/cases/" + number + "/decisions",
                                "{\"text\":\"신변보호 연장 요청\"}")
                        .statusCode())
                .isEqualTo(201);
        var closed = lead.postJson("/api/v1/conferences/" + conference + "/closure", "");
        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(closed.body()).contains("\"status\":\"HELD\"");
    }

    @Test
    void theProfilerSeesACaseTheLeadAddsOnlyUntilTheMeetingIsHeld() {
        var number = CaseMother.assignedToDemoCaseManager(
                port,
                ReferralTestData.ofDistinctPeople((int) (System.nanoTime() % 100_000))
                        .replaceAll("\"policeRiskLevel\":\\s*\"HIGH\"", "\"policeRiskLevel\":\"MEDIUM\""));
        var lead = signedIn("demo-unit-lead");
        var profiler = signedIn("demo-profiler");
        var incidents = "/api/v1/cases/" + number + "/incidents";
        eventually(() -> assertThat(lead.getJson(incidents).body()).contains("POLICE_REFERRAL"));
        assertThat(profiler.getJson(incidents).statusCode()).isEqualTo(404);

        var conference = idOf(lead.postJson("/api/v1/conferences", "{\"scheduledAt\":\"" + inAWeek() + "\"}")
                .body());
        assertThat(lead.getJson("/api/v1/conferences/" + conference + "/agenda").body())
                .doesNotContain(number);
        assertThat(lead.postJson(
                                "/api/v1/conferences/" + conference + "/agenda",
                                "{\"caseNumber\":\"" + number + "\",\"reason\":\"상담소 요청\"}")
                        .statusCode())
                .isEqualTo(204);
        var agenda = profiler.getJson("/api/v1/conferences/" + conference + "/agenda")
                .body();
        assertThat(agenda).contains(number, "ADDED", "상담소 요청");
        assertThat(profiler.getJson(incidents).statusCode()).isEqualTo(200);

        assertThat(lead.postJson("/api/v1/conferences/" + conference + "/closure", "")
                        .statusCode())
                .isEqualTo(200);
        assertThat(profiler.getJson(incidents).statusCode()).isEqualTo(404);
        assertThat(lead.postJson("/api/v1/conferences/" + conference + "/closure", "")
                        .statusCode())
                .isEqualTo(422);
    }

    @Test
    void anOverdueActionShowsOnTheOwnersTaskListUntilSheMarksItDone() {
        var number = CaseMother.assignedToDemoCaseManager(port);
        var lead = signedIn("demo-unit-lead");
        var conference = idOf(lead.postJson("/api/v1/conferences", "{\"scheduledAt\":\"" + inAWeek() + "\"}")
                .body());
        eventually(() -> assertThat(lead.getJson("/api/v1/conferences/" + conference + "/agenda")
                        .body())
                .contains(number));
        var yesterday = LocalDate.now(PolicySettings.ZONE).minusDays(1);

        var action = lead.postJson(
                "/api/v1/conferences/" + conference + "/cases/" + number + "/actions",
                "{\"description\":\"112 긴급 등록 확인\",\"owner\":\"demo-case-manager\",\"dueOn\":\"" + yesterday + "\"}");
        assertThat(action.statusCode()).isEqualTo(201);
        assertThat(action.body()).contains("\"overdue\":true", "\"status\":\"OPEN\"");
        var actionId = idOf(action.body());

        var manager = signedIn("demo-case-manager");
        var tasks = manager.getJson("/api/v1/me/tasks").body();
        assertThat(tasks).contains(actionId, "\"overdue\":true");
        var overdue = tasks.replaceAll("(?s).*?\"overdue\":(\\d+).*", "$1");
        assertThat(manager.get("/").body())
                .as("the home page counts her overdue tasks")
                .contains("id=\"my-tasks-panel\"", "id=\"my-tasks-overdue\">" + overdue + "<");

        var profiler = signedIn("demo-profiler");
        assertThat(profiler.postJson("/api/v1/conference-actions/" + actionId + "/completion", "")
                        .statusCode())
                .isEqualTo(404);
        var done = manager.postJson("/api/v1/conference-actions/" + actionId + "/completion", "");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("\"status\":\"DONE\"", "\"overdue\":false");
        assertThat(manager.getJson("/api/v1/me/tasks").body()).doesNotContain(actionId);
    }

    @Test
    void closingACaseSchedulesItsCheckInsAndOnlyAnIncidentAfterClosureReopensItAndCancelsThem() {
        var number = CaseMother.assignedToDemoCaseManager(port);
        var manager = signedIn("demo-case-manager");
        var path = "/api/v1/cases/" + number;
        assertThat(manager.postJson(path + "/contact", "").statusCode()).isEqualTo(200);
        assertThat(manager.postJson(path + "/status", "{\"to\":\"ACTIVE\",\"reason\":\"계획 합의\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(manager.postJson(path + "/status", "{\"to\":\"POST_MANAGEMENT\",\"reason\":\"목표 달성\"}")
                        .statusCode())
                .isEqualTo(200);
        var today = LocalDate.now(PolicySettings.ZONE);

        eventually(() -> assertThat(manager.getJson(path + "/check-ins").body())
                .contains(
                        "\"monthsAfter\":1,\"dueOn\":\"" + today.plusMonths(1) + "\"",
                        "\"monthsAfter\":3,\"dueOn\":\"" + today.plusMonths(3) + "\"",
                        "\"monthsAfter\":6,\"dueOn\":\"" + today.plusMonths(6) + "\""));
        assertThat(manager.postJson(path + "/status", "{\"to\":\"CLOSED\",\"reason\":\"종결\"}")
                        .statusCode())
                .isEqualTo(200);
        var known = manager.postJson(
                path + "/incidents",
                "{\"occurredAt\":\""
                        + OffsetDateTime.now(PolicySettings.ZONE).minusDays(3).withNano(0)
                        + "\",\"description\":\"종결 전에 있던 일\"}");
        assertThat(known.statusCode()).isEqualTo(201);
        assertThat(manager.getJson(path).body()).contains("\"status\":\"CLOSED\"");

        var incident = manager.postJson(
                path + "/incidents",
                "{\"occurredAt\":\""
                        + OffsetDateTime.now(PolicySettings.ZONE).plusSeconds(1)
                        + "\",\"description\":\"집 앞에서 다시 기다림\"}");
        assertThat(incident.statusCode()).isEqualTo(201);

        assertThat(manager.getJson(path).body()).contains("\"status\":\"ACTIVE\"");
        eventually(() -> {
            var checkIns = manager.getJson(path + "/check-ins").body();
            assertThat(checkIns).contains("CANCELLED").doesNotContain("PENDING");
        });
    }

    @Test
    void incidentsPutTheirCaseOnTheComingAgendaByThemselvesWithinSeconds() {
        var lead = signedIn("demo-unit-lead");
        var scheduled = lead.postJson("/api/v1/conferences", "{\"scheduledAt\":\"" + inAWeek() + "\"}");
        assertThat(scheduled.statusCode()).isEqualTo(201);
        var conference = java.util.UUID.fromString(idOf(scheduled.body()));
        var number = CaseMother.offTheAgendaAssignedToDemoCaseManager(port);
        var manager = signedIn("demo-case-manager");
        for (int daysAgo = 30; daysAgo >= 10; daysAgo -= 10) {
            assertThat(manager.postJson(
                                    "/api/v1/cases/" + number + "/incidents",
                                    "{\"occurredAt\":\""
                                            + OffsetDateTime.now(PolicySettings.ZONE)
                                                    .minusDays(daysAgo)
                                                    .withNano(0)
                                            + "\",\"description\":\"집 앞 대기\"}")
                            .statusCode())
                    .isEqualTo(201);
        }

        // nobody reads the agenda: the refresh the incidents asked for puts the case there
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(jdbc.sql("""
                                        SELECT reasons FROM conference_agenda_item
                                         WHERE conference_id = ? AND case_number = ?""")
                                .params(conference, number)
                                .query(String.class)
                                .optional())
                        .hasValueSatisfying(reasons -> assertThat(reasons).contains("ESCALATION")));
    }

    @Test
    void anIncidentInTheFutureIsRefusedAndAMalformedOneIsABadRequest() {
        var number = CaseMother.assignedToDemoCaseManager(port);
        var manager = signedIn("demo-case-manager");
        var path = "/api/v1/cases/" + number + "/incidents";

        var future = manager.postJson(
                path,
                "{\"occurredAt\":\""
                        + OffsetDateTime.now(PolicySettings.ZONE).plusDays(2).withNano(0)
                        + "\",\"description\":\"x\"}");
        assertThat(future.statusCode()).isEqualTo(422);
        assertThat(manager.postJson(path, "{\"description\":\"x\"}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void thePoliceAndProvidersAreRefusedAndOtherCaseManagersFindNoSuchCase() {
        var number = CaseMother.assignedToDemoCaseManager(port);
        var body = "{\"occurredAt\":\"2026-01-01T10:00:00+09:00\",\"description\":\"x\"}";

        assertThat(signedIn("demo-police").getJson("/api/v1/conferences").statusCode())
                .isEqualTo(403);
        assertThat(signedIn("demo-provider").getJson("/api/v1/me/tasks").statusCode())
                .isEqualTo(403);
        assertThat(signedIn("demo-provider")
                        .postJson("/api/v1/cases/" + number + "/incidents", body)
                        .statusCode())
                .isEqualTo(403);
        assertThat(ApiClient.withKey(port, "demo-police-key")
                        .get("/api/v1/cases/" + number + "/incidents")
                        .statusCode())
                .isIn(401, 403);
        assertThat(signedIn("demo-case-manager-park")
                        .postJson("/api/v1/cases/" + number + "/incidents", body)
                        .statusCode())
                .isEqualTo(404);
        assertThat(signedIn("demo-case-manager")
                        .postJson("/api/v1/conferences", "{\"scheduledAt\":\"" + inAWeek() + "\"}")
                        .statusCode())
                .isEqualTo(403);
    }
}
