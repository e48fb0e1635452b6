package org.ansim.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ansim.cases.CaseLookup;
import org.ansim.cases.CaseNumber;
import org.ansim.cases.Channel;
import org.ansim.consent.ConsentPurpose;
import org.ansim.consent.Consents;
import org.ansim.intake.ApplicationMother.Applicant;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.ApiClient;
import org.ansim.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /api/v1/applications}: a counsellor's application opens one case, once, with the consent given. */
@AnsimIntegrationTest
class ApplicationApiTests {

    static final String PATH = "/api/v1/applications";

    @LocalServerPort
    int port;

    @Autowired
    CaseLookup cases;

    @Autowired
    Consents consents;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHotlineApplicationOpensACaseAndAnswersItsNumbers() {
        var response = post(
                counsellor(), ApplicationMother.hotlineCall(), UUID.randomUUID().toString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var answer = json(response);
        var caseNumber = answer.get("caseNumber").asString();
        assertThat(caseNumber).matches("STK-\\d{4}-\\d{6}");
        assertThat(answer.get("confirmationNumber").asString()).matches("A-[A-Z3-9]{4}-[A-Z3-9]{4}");
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/cases/" + caseNumber);
        var opened = cases.find(new CaseNumber(caseNumber)).orElseThrow();
        assertThat(opened.channel()).isEqualTo(Channel.HOTLINE_1366);
        assertThat(consents.covers(opened.id(), ConsentPurpose.CASE_MANAGEMENT)).isTrue();
        assertThat(consents.covers(opened.id(), ConsentPurpose.STATISTICS)).isFalse();
        assertThat(jdbc.sql("SELECT consent_script FROM intake_application WHERE case_number = ?")
                        .param(caseNumber)
                        .query(String.class)
                        .single())
                .isEqualTo("hotline-v1");
    }

    @Test
    void theSameKeyAndBodyAgainAnswersTheFirstCaseAndOpensNoOther() {
        var counsellor = counsellor();
        var body = ApplicationMother.hotlineCall();
        var key = UUID.randomUUID().toString();

        var first = post(counsellor, body, key);
        var again = post(counsellor, body, key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again)).isEqualTo(json(first));
        assertThat(applicationsWithKey(key)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsAConflict() {
        var counsellor = counsellor();
        var key = UUID.randomUUID().toString();
        var body = ApplicationMother.hotlineCall();
        post(counsellor, body, key);

        var other = post(counsellor, ApplicationMother.withServices(body, List.of("SHELTER")), key);

        assertThat(other.statusCode()).isEqualTo(409);
        assertProblem(other);
        assertThat(applicationsWithKey(key)).isEqualTo(1);
    }

    @Test
    void withoutConsentToCaseManagementNothingIsStored() {
        var before = counts();

        var refused = post(
                counsellor(),
                ApplicationMother.withoutCaseManagementConsent(Applicant.unique()),
                UUID.randomUUID().toString());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertProblem(refused);
        assertThat(json(refused).get("type").asString()).endsWith("/consent-required");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void invalidFieldsAreNamed() {
        var body = ApplicationMother.hotlineCall();
        ((ObjectNode) body.get("applicant"))
                .put("birthDate", LocalDate.now().plusDays(3).toString())
                .put("name", " ");
        body.putArray("servicesWanted");

        var response = post(counsellor(), body, UUID.randomUUID().toString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertProblem(response);
        assertThat(json(response).get("errors").findValuesAsString("field"))
                .contains("applicant.birthDate", "applicant.name", "servicesWanted");
    }

    @Test
    void aPhoneThatIsNoPhoneNumberIsNamed() {
        var response = post(
                counsellor(),
                ApplicationMother.hotlineCall(Applicant.unique().withPhone("call me maybe")),
                UUID.randomUUID().toString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").findValuesAsString("field")).containsExactly("applicant.phone");
    }

    @Test
    void onlyHotlineCaseManagersAndUnitLeadsMayApplyForSomeone() {
        var body = ApplicationMother.hotlineCall().toString();

        assertThat(ApiClient.anonymous(port).post(PATH, body).statusCode()).isEqualTo(401);
        assertThat(ApiClient.withKey(port, "demo-police-key").post(PATH, body).statusCode())
                .isEqualTo(403);
        for (var refused : List.of("demo-profiler", "demo-police", "demo-provider", "demo-admin")) {
            var session = StaffSession.signedIn(port, refused, "demo-password");
            session.get("/");
            assertThat(session.sendJson("POST", PATH, body, Map.of()).statusCode())
                    .as(refused)
                    .isEqualTo(403);
        }
        for (var allowed : List.of("demo-case-manager", "demo-unit-lead")) {
            var session = StaffSession.signedIn(port, allowed, "demo-password");
            session.get("/");
            assertThat(session.sendJson(
                                    "POST",
                                    PATH,
                                    ApplicationMother.hotlineCall().toString(),
                                    Map.of())
                            .statusCode())
                    .as(allowed)
                    .isEqualTo(201);
        }
    }

    private StaffSession counsellor() {
        var session = StaffSession.signedIn(port, "demo-hotline", "demo-password");
        session.get("/");
        return session;
    }

    private static HttpResponse<String> post(StaffSession session, JsonNode body, String key) {
        return session.sendJson("POST", PATH, body.toString(), Map.of("Idempotency-Key", key));
    }

    private long applicationsWithKey(String key) {
        return jdbc.sql("SELECT count(*) FROM intake_application WHERE idempotency_key = ?")
                .param("demo-hotline|" + key)
                .query(Long.class)
                .single();
    }

    private List<Long> counts() {
        return List.of("intake_application", "cases_case", "consent_consent").stream()
                .map(table -> jdbc.sql("SELECT count(*) FROM " + table)
                        .query(Long.class)
                        .single())
                .toList();
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
    }

    private static JsonNode json(HttpResponse<String> response) {
        return ApplicationMother.JSON.readTree(response.body());
    }
}
