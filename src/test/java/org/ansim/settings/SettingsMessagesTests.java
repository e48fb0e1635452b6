package org.ansim.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ansim.settings.internal.CancellationRefused;
import org.junit.jupiter.api.Test;

/** Every text of the settings pages exists in Korean and in English. */
class SettingsMessagesTests {

    static final Pattern MESSAGE_KEY = Pattern.compile("#\\{(settings\\.[A-Za-z0-9_.-]+)");
    static final Pattern CODE_IN_JAVA = Pattern.compile("\"(settings\\.error\\.[A-Za-z.]*[A-Za-z])\"");

    static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var in = SettingsMessagesTests.class.getResourceAsStream("/messages/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void theKoreanAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(bundle("settings_en").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("settings").stringPropertyNames());
    }

    @Test
    void everyKeyUsedInTheTemplatesAndRulesExists() throws IOException {
        var keys = bundle("settings").stringPropertyNames();
        try (Stream<Path> files = Stream.concat(
                Files.walk(Path.of("src/main/resources/templates/settings")),
                Files.walk(Path.of("src/main/java/org/ansim/settings")))) {
            files.filter(Files::isRegularFile).forEach(file -> {
                try {
                    var text = Files.readString(file);
                    var pattern = file.toString().endsWith(".html") ? MESSAGE_KEY : CODE_IN_JAVA;
                    pattern.matcher(text)
                            .results()
                            .map(m -> m.group(1))
                            .forEach(key ->
                                    assertThat(keys).as(file + " uses " + key).contains(key));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        for (var why : CancellationRefused.Why.values()) {
            assertThat(keys).contains("settings.error.cancel." + why.name());
        }
        for (var kind : SettingKind.values()) {
            assertThat(keys).contains("settings.kind." + kind, "settings.hint." + kind);
        }
    }

    @Test
    void everyModuleAndUnitOfTheSeededSettingsHasAName() throws IOException {
        var keys = bundle("settings").stringPropertyNames();
        var seed = Files.readString(Path.of("src/main/resources/db/migration/V2_2__settings_defaults.sql"));
        var row = Pattern.compile("\\('[a-z.-]+',\\s*'[A-Z]+',\\s*(?:'([a-z-]+)'|NULL),[^']*'([a-z]+)'");
        var matches = row.matcher(seed).results().toList();
        assertThat(matches).hasSizeGreaterThanOrEqualTo(37);
        for (var match : matches) {
            if (match.group(1) != null) {
                assertThat(keys).contains("settings.unit." + match.group(1));
            }
            assertThat(keys).contains("settings.module." + match.group(2));
        }
    }
}
