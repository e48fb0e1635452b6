package org.ansim.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** The provider directory over the API: demo providers of every kind, the service filter, keeping the directory. */
@AnsimIntegrationTest
class ProviderDirectoryApiTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void demoModeHasAProviderOfEveryKindAndTheFilterFindsThoseOfferingAService() {
        var manager = signedIn("demo-case-manager");

        var all = JSON.readTree(manager.getJson("/api/v1/providers").body());
        var kinds = new java.util.HashSet<String>();
        all.forEach(p -> kinds.add(p.get("kind").asString()));
        assertThat(kinds)
                .contains(java.util.Arrays.stream(ProviderKind.values())
                        .map(Enum::name)
                        .toArray(String[]::new));

        var counselling = manager.getJson("/api/v1/providers?service=COUNSELLING");
        assertThat(counselling.statusCode()).isEqualTo(200);
        assertThat(counselling.body()).contains("마음숲 심리상담센터").doesNotContain("대한법률구조공단");

        var unknown = manager.getJson("/api/v1/providers?service=MASSAGE");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("service");
    }

    @Test
    void anAdministratorAddsAndChangesAProviderOfAKnownOrganisation() {
        var admin = signedIn("demo-admin");
        var organisation = JSON.readTree(
                        admin.getJson("/api/v1/providers?service=LEGAL").body())
                .get(0)
                .get("organisationId")
                .asString();
        var name = "법률상담 " + UUID.randomUUID().toString().substring(0, 6);
        var body = "{\"organisationId\":\"" + organisation + "\",\"name\":\"" + name
                + "\",\"kind\":\"LEGAL_AID\",\"services\":[\"LEGAL\",\"ACCOMPANIMENT\"],"
                + "\"districts\":[\"관악구\"],\"capacity\":5,\"contactPhone\":\"02-111-2222\"}";

        var created = admin.postJson("/api/v1/providers", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var id = JSON.readTree(created.body()).get("id").asString();
        assertThat(admin.postJson("/api/v1/providers", body).statusCode()).isEqualTo(422);

        var changed = admin.sendJson(
                "PUT",
                "/api/v1/providers/" + id,
                body.replace("\"capacity\":5", "\"capacity\":8").replace("}", ",\"active\":false}"),
                java.util.Map.of());
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(changed.body()).contains("\"capacity\":8").contains("\"active\":false");
        assertThat(admin.getJson("/api/v1/providers?service=ACCOMPANIMENT").body())
                .doesNotContain(name);

        var unknownOrganisation = admin.postJson(
                "/api/v1/providers",
                body.replace(organisation, UUID.randomUUID().toString()).replace(name, name + "x"));
        assertThat(unknownOrganisation.statusCode()).isEqualTo(422);
    }

    @Test
    void theDirectoryPageIsKeptByAdministratorsAndUnitLeadsOnly() {
        var lead = signedIn("demo-unit-lead");
        var page = lead.get("/providers");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("마음숲 심리상담센터").contains("서울함께병원 방문치료팀");

        var name = "상담소 " + UUID.randomUUID().toString().substring(0, 6);
        var organisation = JSON.readTree(
                        lead.getJson("/api/v1/providers?service=COUNSELLING").body())
                .get(0)
                .get("organisationId")
                .asString();
        var added = lead.postForm(
                "/providers",
                java.util.Map.of(
                        "organisationId", organisation,
                        "name", name,
                        "kind", "COUNSELLING_CENTRE",
                        "services", "COUNSELLING",
                        "districts", "관악구, 동작구",
                        "capacity", "12"));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(lead.get("/providers").body()).contains(name).contains("관악구, 동작구");

        assertThat(signedIn("demo-case-manager").get("/providers").statusCode()).isEqualTo(403);
        assertThat(signedIn("demo-provider").get("/providers").statusCode()).isEqualTo(403);
    }

    private StaffSession signedIn(String username) {
        var session = StaffSession.signedIn(port, username, "demo-password");
        session.get("/");
        return session;
    }
}
