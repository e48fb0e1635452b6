package org.ansim.safety.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every text of the app exists in Korean and in English; a text forgotten in one language fails the build. */
class VictimAppTextsTests {

    private static final Pattern KEY_IN_PAGE = Pattern.compile("data-i18n(?:-label)?=\"([^\"]+)\"");
    private static final Pattern KEY_IN_SCRIPT =
            Pattern.compile("\\b(?:t|say|showFormError\\([^,]+,)\\s*\\(?'([a-zA-Z0-9.]*[a-zA-Z0-9])'");

    @Test
    void koreanAndEnglishHaveTheSameTexts() throws IOException {
        var messages = messages();

        assertThat(keys(messages.get("en"))).isEqualTo(keys(messages.get("ko")));
    }

    @Test
    void everyTextThePageAndTheScriptAskForExists() throws IOException {
        var korean = keys(messages().get("ko"));
        var asked = new TreeSet<String>();
        KEY_IN_PAGE.matcher(read("static/app/index.html")).results().forEach(m -> asked.add(m.group(1)));
        KEY_IN_SCRIPT.matcher(read("static/app/app.js")).results().forEach(m -> asked.add(m.group(1)));

        assertThat(asked).hasSizeGreaterThan(40);
        assertThat(korean).containsAll(asked);
        for (var status :
                new String[] {"SENDING", "RECEIVED", "ACKNOWLEDGED", "HELP_ON_THE_WAY", "CLOSED", "CANCELLED"}) {
            assertThat(korean).contains("sos.status." + status);
        }
    }

    private static JsonNode messages() throws IOException {
        var script = read("static/app/messages.js");
        var json = script.substring(script.indexOf('{'), script.lastIndexOf('}') + 1);
        return JsonMapper.builder().build().readTree(json);
    }

    private static Set<String> keys(JsonNode texts) {
        var keys = new TreeSet<String>();
        texts.propertyNames().forEach(keys::add);
        return keys;
    }

    private static String read(String path) throws IOException {
        return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
    }
}
