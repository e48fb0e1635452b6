package org.ansim.risk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.ansim.risk.CaseMother;
import org.ansim.risk.internal.ScreeningMother;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.ApiClient;
import org.ansim.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The risk screening API: every status it answers, and the history with the police level beside it. */
@AnsimIntegrationTest
class RiskApiTests {

    @LocalServerPort
    int port;

    StaffSession caseManager() {
        var session = StaffSession.signedIn(port, "demo-case-manager", "demo-password");
        session.get("/");
        return session;
    }

    @Test
    void aScreeningIsCountedRaisedOnJudgementAndKeptInTheHistoryBesideThePoliceLevel() {
        var number = CaseMother.assignedToDemoCaseManager(port);
        var session = caseManager();
        var path = "/api/v1/cases/" + number + "/risk-assessments";

        var first = session.postJson(path, ScreeningMother.json(13, null));
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.headers().firstValue("Location")).isPresent();
        assertThat(first.body()).contains("\"level\":\"MEDIUM\"", "\"yesCount\":13", "\"highMinYes\":14");

        var raised = session.postJson(
                path, ScreeningMother.json(9, "\"judgement\":{\"level\":\"HIGH\",\"reason\":\"흉기 구입 진술\"}"));
        assertThat(raised.statusCode()).isEqualTo(201);
        assertThat(raised.body())
                .contains("\"countedLevel\":\"STANDARD\"", "\"level\":\"HIGH\"", "\"raisedOnJudgement\":true");

        var history = session.getJson(path);
        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(history.body()).contains("\"policeRiskLevel\":\"HIGH\"", "\"currentLevel\":\"HIGH\"");
        assertThat(history.body().indexOf("\"yesCount\":9"))
                .isLessThan(history.body().indexOf("\"yesCount\":13"));
    }

    @Test
    void judgementThatLowersTheLevelIsRefusedWithItsOwnProblemType() {
        var number = CaseMother.assignedToDemoCaseManager(port);
        var response = caseManager()
                .postJson(
                        "/api/v1/cases/" + number + "/risk-assessments",
                        ScreeningMother.json(14, "\"judgement\":{\"level\":\"MEDIUM\",\"reason\":\"괜찮아 보임\"}"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("/problems/risk-judgement-lowers-level");
    }

    @Test
    void aMissingItemOrAWrongAnswerIsABadRequestNamingTheField() {
        var number = CaseMother.assignedToDemoCaseManager(port);
        var session = caseManager();
        var path = "/api/v1/cases/" + number + "/risk-assessments";

        var missing = session.postJson(path, ScreeningMother.json(5, null).replace("\"Q07\":\"NO\",", ""));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("answers.Q07");

        var wrong =
                session.postJson(path, ScreeningMother.json(5, null).replace("\"Q08\":\"NO\"", "\"Q08\":\"MAYBE\""));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("answers");
    }

    @Test
    void aCaseTheCallerMayNotSeeIsNotFoundAndOtherRolesAreForbidden() {
        var number = CaseMother.offTheAgendaAssignedToDemoCaseManager(port);
        var other = StaffSession.signedIn(port, "demo-case-manager-park", "demo-password");
        other.get("/");
        assertThat(other.getJson("/api/v1/cases/" + number + "/risk-assessments")
                        .statusCode())
                .isEqualTo(404);

        var profiler = StaffSession.signedIn(port, "demo-profiler", "demo-password");
        profiler.get("/");
        assertThat(profiler.getJson("/api/v1/cases/" + number + "/risk-assessments")
                        .statusCode())
                .isEqualTo(404);
        assertThat(profiler.postJson("/api/v1/cases/" + number + "/risk-assessments", ScreeningMother.json(3, null))
                        .statusCode())
                .isEqualTo(403);

        var provider = StaffSession.signedIn(port, "demo-provider", "demo-password");
        provider.get("/");
        assertThat(provider.getJson("/api/v1/cases/" + number + "/risk-assessments")
                        .statusCode())
                .isEqualTo(403);
        assertThat(ApiClient.withKey(port, "demo-police-key")
                        .get("/api/v1/cases/" + number + "/risk-assessments")
                        .statusCode())
                .isEqualTo(403);
        assertThat(ApiClient.anonymous(port)
                        .get("/api/v1/cases/" + number + "/risk-assessments")
                        .statusCode())
                .isEqualTo(401);
    }
}
