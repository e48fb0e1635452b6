package org.ansim.risk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.ansim.cases.CaseConferenceMarking;
import org.ansim.cases.CaseLookup;
import org.ansim.cases.CaseNumber;
import org.ansim.risk.CaseMother;
import org.ansim.risk.RiskLevel;
import org.ansim.risk.RiskRegister;
import org.ansim.risk.internal.ScreeningMother;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stalker profile: written by the profiler while the case is under conference, read by the unit lead, its
 * narrative sealed and revealed only with a reason that the audit log keeps; refused to the case manager. And the
 * register the conference asks for high or judged cases.
 */
@AnsimIntegrationTest
class StalkerProfileApiTests {

    static final String PROFILE = """
            {"typology":"REJECTED","priorReports":2,"weapons":true,"violence":false,
             "history":"전 연인, 이별 후 3개월간 직장 앞 대기","recommendations":"신변보호 경호 및 잠정조치 2호 신청 권고"}""";

    @LocalServerPort
    int port;

    @Autowired
    CaseConferenceMarking conference;

    @Autowired
    CaseLookup cases;

    @Autowired
    RiskRegister register;

    @Autowired
    JdbcClient jdbc;

    StaffSession signedIn(String user) {
        var session = StaffSession.signedIn(port, user, "demo-password");
        session.get("/");
        return session;
    }

    @Test
    void theProfilerWritesTheProfileUnderConferenceAndTheUnitLeadRevealsItsNarrativeWithAReason() {
        var number = CaseMother.offTheAgendaAssignedToDemoCaseManager(port);
        var path = "/api/v1/cases/" + number + "/stalker-profile";
        var profiler = signedIn("demo-profiler");
        assertThat(profiler.sendJson("PUT", path, PROFILE, java.util.Map.of()).statusCode())
                .isEqualTo(404);

        conference.placeUnderConference(
                cases.find(new CaseNumber(number)).orElseThrow().id());
        var written = profiler.sendJson("PUT", path, PROFILE, java.util.Map.of());
        assertThat(written.statusCode()).isEqualTo(200);
        assertThat(written.body())
                .contains("\"typology\":\"REJECTED\"", "\"narrativeSealed\":true")
                .doesNotContain("직장");

        var lead = signedIn("demo-unit-lead");
        assertThat(lead.getJson(path).body()).contains("\"weapons\":true").doesNotContain("직장");
        assertThat(lead.sendJson("PUT", path, PROFILE, java.util.Map.of()).statusCode())
                .isEqualTo(403);
        var noReason = lead.postJson(path + "/reveal", "{\"reason\":\"\"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        var revealed = lead.postJson(path + "/reveal", "{\"reason\":\"사례회의 대응계획 수립\"}");
        assertThat(revealed.statusCode()).isEqualTo(200);
        assertThat(revealed.body()).contains("직장 앞 대기", "잠정조치 2호");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'REVEAL' AND subject_id = ?")
                        .param(number)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        var caseManager = signedIn("demo-case-manager");
        assertThat(caseManager.getJson(path).statusCode()).isEqualTo(403);
    }

    @Test
    void theRegisterNamesCasesWhoseLatestScreeningIsHighOrRaisedOnJudgement() {
        var high = CaseMother.assignedToDemoCaseManager(port);
        var judged = CaseMother.assignedToDemoCaseManager(port);
        var lowered = CaseMother.assignedToDemoCaseManager(port);
        var session = signedIn("demo-case-manager");
        session.postJson("/api/v1/cases/" + high + "/risk-assessments", ScreeningMother.json(14, null));
        session.postJson(
                "/api/v1/cases/" + judged + "/risk-assessments",
                ScreeningMother.json(3, "\"judgement\":{\"level\":\"MEDIUM\",\"reason\":\"판단 근거\"}"));
        session.postJson("/api/v1/cases/" + lowered + "/risk-assessments", ScreeningMother.json(15, null));
        session.postJson("/api/v1/cases/" + lowered + "/risk-assessments", ScreeningMother.json(4, null));

        var named = register.highOrRaisedOnJudgement().stream()
                .map(risk -> cases.find(risk.caseId()).orElseThrow().number().value())
                .toList();
        assertThat(named).contains(high, judged).doesNotContain(lowered);
        assertThat(register.findLatest(
                        cases.find(new CaseNumber(judged)).orElseThrow().id()))
                .hasValueSatisfying(risk -> {
                    assertThat(risk.level()).isEqualTo(RiskLevel.MEDIUM);
                    assertThat(risk.raisedOnJudgement()).isTrue();
                });
    }
}
