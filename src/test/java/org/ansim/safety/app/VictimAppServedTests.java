package org.ansim.safety.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a phone fetches to install and open the app: the shell, the manifest, the service worker, the icons. */
@AnsimIntegrationTest
class VictimAppServedTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void theAppOpensAtSlashAppWithoutSigningIn() {
        var bare = ApiClient.anonymous(port).send("GET", "/app", null, java.util.Map.of("Accept", "text/html"));
        assertThat(bare.statusCode()).isEqualTo(302);
        assertThat(bare.headers().firstValue("Location").orElseThrow()).endsWith("/app/");

        var shell = ApiClient.anonymous(port).send("GET", "/app/", null, java.util.Map.of("Accept", "text/html"));
        assertThat(shell.statusCode()).isEqualTo(200);
        assertThat(shell.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(shell.body()).contains("/app/app.js").contains("rel=\"manifest\"");
        assertThat(shell.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        assertThat(shell.body()).doesNotContain(" style=\"").doesNotContain(" onclick=");
        assertThat(shell.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'");
    }

    @Test
    void theManifestDescribesAnInstallableAppScopedToSlashApp() {
        var response = get("/app/manifest.webmanifest");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/manifest+json");
        var manifest = JSON.readTree(response.body());
        assertThat(manifest.get("name").asString()).isEqualTo("안심이");
        assertThat(manifest.get("start_url").asString()).isEqualTo("/app/");
        assertThat(manifest.get("scope").asString()).isEqualTo("/app/");
        assertThat(manifest.get("display").asString()).isEqualTo("standalone");
        assertIconsAreServed(manifest);
        assertThat(JSON.readTree(get("/app/manifest.webmanifest?language=en").body())
                        .get("name")
                        .asString())
                .isEqualTo("Ansim-i");
    }

    @Test
    void inDiscreetModeTheManifestNamesNothingOfAnsim() {
        for (var language : new String[] {"ko", "en"}) {
            var response = get("/app/manifest.webmanifest?discreet=true&language=" + language);

            assertThat(response.body()).doesNotContainIgnoringCase("ansim").doesNotContain("안심");
            var manifest = JSON.readTree(response.body());
            assertThat(manifest.get("name").asString()).isIn("메모", "Notes");
            assertIconsAreServed(manifest);
        }
    }

    @Test
    void theServiceWorkerIsServedAsJavaScriptAndKeepsOnlyTheShell() {
        var response = get("/app/sw.js");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
        assertThat(response.body()).contains("'/app/'").doesNotContain("'/api");
        for (var path : new String[] {"/app/app.js", "/app/messages.js", "/app/app.css", "/app/notes.html"}) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void phoneApiAnswersAreNeverCached() {
        var response = ApiClient.withKey(port, "not-a-device-token").get("/api/v1/app/me");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    }

    private void assertIconsAreServed(JsonNode manifest) {
        assertThat(manifest.get("icons")).hasSizeGreaterThanOrEqualTo(2);
        for (var icon : manifest.get("icons")) {
            var served = get(icon.get("src").asString());
            assertThat(served.statusCode()).as(icon.toString()).isEqualTo(200);
            assertThat(served.headers().firstValue("Content-Type").orElseThrow())
                    .isEqualTo("image/png");
        }
    }

    private HttpResponse<String> get(String path) {
        return ApiClient.anonymous(port).get(path);
    }
}
