package org.ansim.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.ansim.cases.CaseConferenceMarking;
import org.ansim.cases.CaseOpening;
import org.ansim.cases.CaseRef;
import org.ansim.cases.Channel;
import org.ansim.cases.OpenCase;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.ApiClient;
import org.ansim.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The staff case API as each role meets it: need-to-know per case, 403 per role, 404 that does not leak. */
@AnsimIntegrationTest
class CasesApiTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    CaseOpening opening;

    @Autowired
    CaseConferenceMarking conference;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theUnitLeadSeesEveryCaseAndAnUnknownNumberIs404() {
        var opened = aNewPoliceReferral();
        var lead = signedIn("demo-unit-lead");

        var response = lead.getJson("/api/v1/cases/" + opened.number().value());

        assertThat(response.statusCode()).isEqualTo(200);
        var body = json(response.body());
        assertThat(body.get("caseNumber").asString()).isEqualTo(opened.number().value());
        assertThat(body.get("status").asString()).isEqualTo("NEW");
        assertThat(body.get("policeRiskLevel").asString()).isEqualTo("HIGH");
        assertThat(body.get("firstContact").asString()).isEqualTo("DUE");
        assertThat(lead.getJson("/api/v1/cases/STK-1999-999999").statusCode()).isEqualTo(404);
        assertThat(lead.getJson("/api/v1/cases/not-a-number").statusCode()).isEqualTo(404);
    }

    @Test
    void aCaseManagerSeesACaseOnlyOnceItIsAssignedToHer() {
        var opened = aNewPoliceReferral();
        var manager = signedIn("demo-case-manager");
        var path = "/api/v1/cases/" + opened.number().value();
        assertThat(manager.getJson(path).statusCode()).isEqualTo(404);

        var assigned =
                signedIn("demo-unit-lead").postJson(path + "/assignment", "{\"caseManager\": \"demo-case-manager\"}");

        assertThat(assigned.statusCode()).isEqualTo(200);
        assertThat(json(assigned.body()).get("caseManager").asString()).isEqualTo("demo-case-manager");
        var seen = manager.getJson(path);
        assertThat(seen.statusCode()).isEqualTo(200);
        assertThat(json(seen.body()).get("caseManager").asString()).isEqualTo("demo-case-manager");
    }

    @Test
    void theProfilerSeesACaseOnlyWhileItIsUnderConference() {
        var opened = aNewPoliceReferral("MEDIUM");
        var profiler = signedIn("demo-profiler");
        var path = "/api/v1/cases/" + opened.number().value();
        assertThat(profiler.getJson(path).statusCode()).isEqualTo(404);

        transactions.executeWithoutResult(status -> conference.placeUnderConference(opened.id()));
        assertThat(profiler.getJson(path).statusCode()).isEqualTo(200);

        transactions.executeWithoutResult(status -> conference.releaseFromConference(opened.id()));
        assertThat(profiler.getJson(path).statusCode()).isEqualTo(404);
    }

    @Test
    void policeProvidersAndOtherRolesAreRefusedEvenForAnExistingCase() {
        var opened = aNewPoliceReferral();
        var path = "/api/v1/cases/" + opened.number().value();

        for (var username : List.of("demo-police", "demo-provider", "demo-hotline", "demo-admin", "demo-auditor")) {
            assertThat(signedIn(username).getJson(path).statusCode())
                    .as(username)
                    .isEqualTo(403);
        }
        assertThat(ApiClient.withKey(port, "demo-police-key").get(path).statusCode())
                .isEqualTo(403);
    }

    @Test
    void everyLookAtACaseIsAuditedAsAView() {
        var opened = aNewPoliceReferral();
        var before = views(opened);

        signedIn("demo-unit-lead").getJson("/api/v1/cases/" + opened.number().value());
        signedIn("demo-unit-lead").get("/cases/" + opened.number().value());

        assertThat(views(opened)).isEqualTo(before + 2);
    }

    @Test
    void theManagerRecordsTheFirstContactThenMovesTheCaseAlongAndTheTimelineShowsIt() {
        var opened = aNewPoliceReferral();
        var path = "/api/v1/cases/" + opened.number().value();
        var lead = signedIn("demo-unit-lead");
        lead.postJson(path + "/assignment", "{\"caseManager\": \"demo-case-manager\"}");
        var manager = signedIn("demo-case-manager");

        var contacted = manager.postJson(path + "/contact", "");
        assertThat(contacted.statusCode()).isEqualTo(200);
        assertThat(json(contacted.body()).get("status").asString()).isEqualTo("CONTACTED");
        assertThat(json(contacted.body()).get("firstContact").asString()).isEqualTo("MADE");
        assertThat(manager.postJson(path + "/contact", "").statusCode()).isEqualTo(409);

        var active = manager.postJson(path + "/status", "{\"to\": \"ACTIVE\", \"reason\": \"지원 계획 합의\"}");
        assertThat(active.statusCode()).isEqualTo(200);
        assertThat(json(active.body()).get("status").asString()).isEqualTo("ACTIVE");

        var skipped = lead.postJson(path + "/status", "{\"to\": \"CLOSED\", \"reason\": \"skip\"}");
        assertThat(skipped.statusCode()).isEqualTo(409);
        assertThat(skipped.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        assertThat(lead.postJson(path + "/status", "{\"to\": \"POST_MANAGEMENT\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(lead.postJson(path + "/status", "{\"to\": \"SOMEWHERE\", \"reason\": \"x\"}")
                        .statusCode())
                .isEqualTo(400);

        var kinds = jdbc.sql("SELECT kind FROM cases_timeline WHERE case_id = ? ORDER BY at, id")
                .param(opened.id().value())
                .query(String.class)
                .list();
        assertThat(kinds).containsExactly("OPENED", "ASSIGNED", "CONTACT_RECORDED", "STATUS_CHANGED", "STATUS_CHANGED");
    }

    @Test
    void aCaseManagerListsOnlyHerOwnCasesWhateverSheAsksFor() {
        var manager = signedIn("demo-case-manager");

        var response = manager.getJson("/api/v1/cases?manager=demo-case-manager-park");

        assertThat(response.statusCode()).isEqualTo(200);
        var cases = json(response.body()).get("cases");
        assertThat(cases.size()).isPositive();
        cases.forEach(c -> assertThat(c.get("caseManager").asString()).isEqualTo("demo-case-manager"));
    }

    @Test
    void theUnitLeadFiltersTheListByStatusAndRisk() {
        aNewPoliceReferral();
        var lead = signedIn("demo-unit-lead");

        var response = lead.getJson("/api/v1/cases?status=NEW&risk=HIGH");

        assertThat(response.statusCode()).isEqualTo(200);
        var cases = json(response.body()).get("cases");
        assertThat(cases.size()).isPositive();
        cases.forEach(c -> {
            assertThat(c.get("status").asString()).isEqualTo("NEW");
            assertThat(c.get("policeRiskLevel").asString()).isEqualTo("HIGH");
        });
        assertThat(lead.getJson("/api/v1/cases?status=LOST").statusCode()).isEqualTo(400);
        assertThat(lead.getJson("/api/v1/cases?page=x").statusCode()).isEqualTo(400);
    }

    @Test
    void theUnitLeadFindsACaseByPartOfItsNumberOrByThePoliceReportNumber() {
        var opened = aNewPoliceReferral();
        var lead = signedIn("demo-unit-lead");
        var digits = opened.number().value().substring("STK-2026-".length());

        var byNumber = json(lead.getJson("/api/v1/cases?q=" + digits).body()).get("cases");
        var reference = jdbc.sql("SELECT channel_reference FROM cases_case WHERE id = ?")
                .param(opened.id().value())
                .query(String.class)
                .single();
        var reportNumber = reference.substring(reference.indexOf('/') + 1);
        var byReport =
                json(lead.getJson("/api/v1/cases?q=" + reportNumber).body()).get("cases");

        assertThat(byNumber.size()).isEqualTo(1);
        assertThat(byNumber.get(0).get("caseNumber").asString())
                .isEqualTo(opened.number().value());
        assertThat(byReport.size()).isEqualTo(1);
        assertThat(byReport.get(0).get("caseNumber").asString())
                .isEqualTo(opened.number().value());
        assertThat(json(lead.getJson("/api/v1/cases?q=%25").body()).get("cases").size())
                .as("a %% is searched for, not a wildcard")
                .isZero();
    }

    long views(CaseRef opened) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'VIEW' AND subject_type = 'case'"
                        + " AND subject_id = ?")
                .param(opened.number().value())
                .query(Long.class)
                .single();
    }

    CaseRef aNewPoliceReferral() {
        return aNewPoliceReferral("HIGH");
    }

    /** MEDIUM: no rule puts it on a conference agenda by itself (every HIGH case goes on the next one). */
    CaseRef aNewPoliceReferral(String policeRiskLevel) {
        var command = new OpenCase(
                Channel.POLICE_REFERRAL,
                "서울강남경찰서/" + System.nanoTime(),
                Instant.now(),
                "강남구",
                policeRiskLevel,
                true,
                List.of("GUARDS"));
        return transactions.execute(status -> opening.open(command));
    }

    StaffSession signedIn(String username) {
        var session = StaffSession.signedIn(port, username, "demo-password");
        session.get("/");
        return session;
    }

    static JsonNode json(String body) {
        return JSON.readTree(body);
    }
}
