package org.ansim.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.ansim.referral.ReferralTestData;
import org.ansim.support.ApiClient;
import org.ansim.support.StaffSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stories of the services module told through the API as the people involved would: a police referral assigned to
 * {@code demo-case-manager}, her consent to share with named providers, referrals, the provider's answers and sessions.
 */
public final class ServicesScenario {

    public static final String COUNSELLING_CENTRE = "마음숲 심리상담센터";
    public static final String HOSPITAL = "서울함께병원";
    static final JsonMapper JSON = JsonMapper.builder().build();

    public final int port;
    public final String caseNumber;
    public final StaffSession manager;

    /** What the provider calls her: her own alias in each story, so stories sharing one database tell apart. */
    public final String alias = "하늘-" + java.util.UUID.randomUUID().toString().substring(0, 6);

    private ServicesScenario(int port, String caseNumber, StaffSession manager) {
        this.port = port;
        this.caseNumber = caseNumber;
        this.manager = manager;
    }

    /** A new police referral, assigned by the unit lead to {@code demo-case-manager}, who is signed in. */
    public static ServicesScenario referredCase(int port) {
        var response =
                ApiClient.withKey(port, "demo-police-key").post("/api/v1/referrals", ReferralTestData.highRisk());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var caseNumber = json(response).get("caseNumber").asString();
        var lead = signedIn(port, "demo-unit-lead");
        var assigned =
                lead.postJson("/api/v1/cases/" + caseNumber + "/assignment", "{\"caseManager\":\"demo-case-manager\"}");
        assertThat(assigned.statusCode()).as(assigned.body()).isBetween(200, 204);
        return new ServicesScenario(port, caseNumber, signedIn(port, "demo-case-manager"));
    }

    public static StaffSession signedIn(int port, String username) {
        var session = StaffSession.signedIn(port, username, "demo-password");
        session.get("/");
        return session;
    }

    /** The organisation id of a demo provider, as the directory lists it. */
    public String organisationOf(String providerName) {
        var listed = json(manager.getJson("/api/v1/providers"));
        for (var provider : listed) {
            if (provider.get("name").asString().equals(providerName)) {
                return provider.get("organisationId").asString();
            }
        }
        throw new AssertionError("No demo provider " + providerName);
    }

    /** The case manager records that the victim agreed to share with these organisations; answers the consent id. */
    public String consentToShareWith(String... organisationIds) {
        var ids = Arrays.stream(organisationIds).map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
        var response = manager.postJson(
                "/api/v1/cases/" + caseNumber + "/consents",
                "{\"purpose\":\"SERVICE_REFERRAL\",\"organisationIds\":[" + ids
                        + "],\"obtainedAt\":\"2026-01-05T10:00:00+09:00\",\"method\":\"WRITTEN\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("id").asString();
    }

    public HttpResponse<String> withdrawConsent(String consentId) {
        return manager.postJson(
                "/api/v1/cases/" + caseNumber + "/consents/" + consentId + "/withdrawal", "{\"how\":\"피해자가 전화로 철회\"}");
    }

    public HttpResponse<String> refer(String service, String organisationId) {
        return manager.postJson(
                "/api/v1/cases/" + caseNumber + "/service-referrals",
                "{\"service\":\"" + service + "\",\"organisationId\":\"" + organisationId
                        + "\",\"note\":\"주 1회 심리상담을 원함\",\"alias\":\"" + alias + "\"}");
    }

    /** Sends a referral that must succeed; answers its id. */
    public String referred(String service, String organisationId) {
        var response = refer(service, organisationId);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("referralId").asString();
    }

    public JsonNode plan() {
        var response = manager.getJson("/api/v1/cases/" + caseNumber + "/service-plan");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    public static HttpResponse<String> session(StaffSession provider, String referralId) {
        return provider.postJson(
                "/api/v1/service-referrals/" + referralId + "/sessions",
                "{\"date\":\"" + LocalDate.now(ZoneId.of("Asia/Seoul"))
                        + "\",\"minutes\":50,\"kind\":\"IN_PERSON\",\"note\":\"불안이 줄었다고 함\"}");
    }

    /** Runs {@code assertion} until it passes, for what listeners write after a commit (at most ten seconds). */
    public static void eventually(Runnable assertion) {
        var until = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() > until) {
                    throw notYet;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw notYet;
                }
            }
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
