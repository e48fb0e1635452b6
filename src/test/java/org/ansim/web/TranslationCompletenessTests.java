package org.ansim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ansim.identity.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every text a template asks for exists in Korean and in English, and every module's two bundles have the same keys;
 * a text forgotten in one language fails the build.
 */
class TranslationCompletenessTests {

    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{\\s*([^}(]+?)\\s*[}(]");
    private static final Pattern BUNDLE_NAME = Pattern.compile("(.+?)(_en)?\\.properties");
    private static final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    /** Bundle base name → its Korean (default) keys and its English keys. */
    private static final Map<String, Properties> korean = new TreeMap<>();

    private static final Map<String, Properties> english = new TreeMap<>();

    @BeforeAll
    static void readBundles() throws IOException {
        for (var bundle : resources.getResources("classpath*:messages/*.properties")) {
            var name = BUNDLE_NAME.matcher(bundle.getFilename());
            assertThat(name.matches()).as(bundle.getFilename()).isTrue();
            (name.group(2) == null ? korean : english).put(name.group(1), load(bundle));
        }
    }

    @Test
    void everyModuleHasAKoreanAndAnEnglishBundleWithTheSameKeys() {
        assertThat(korean).containsKey("web");
        assertThat(english.keySet()).isEqualTo(korean.keySet());
        korean.forEach((module, koreanTexts) -> {
            var englishTexts = english.get(module);
            assertThat(difference(koreanTexts, englishTexts))
                    .as("keys of messages/%s.properties missing in messages/%s_en.properties", module, module)
                    .isEmpty();
            assertThat(difference(englishTexts, koreanTexts))
                    .as("keys of messages/%s_en.properties missing in messages/%s.properties", module, module)
                    .isEmpty();
        });
    }

    @Test
    void everyTextATemplateAsksForExistsInKoreanAndInEnglish() throws IOException {
        var templates = resources.getResources("classpath*:templates/**/*.html");
        assertThat(templates).isNotEmpty();
        var missing = new TreeSet<String>();
        for (var template : templates) {
            for (var key : messageKeysIn(template)) {
                if (!anyContains(korean, key)) {
                    missing.add(template.getFilename() + ": " + key + " (Korean)");
                }
                if (!anyContains(english, key)) {
                    missing.add(template.getFilename() + ": " + key + " (English)");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyRoleHasANameInKoreanAndInEnglish() {
        for (var role : Role.values()) {
            assertThat(anyContains(korean, "layout.role." + role.name()))
                    .as(role.name())
                    .isTrue();
            assertThat(anyContains(english, "layout.role." + role.name()))
                    .as(role.name())
                    .isTrue();
        }
    }

    /** The literal keys of {@code #{...}} expressions; keys computed at run time are checked where they are made. */
    private static Set<String> messageKeysIn(Resource template) throws IOException {
        var html = template.getContentAsString(StandardCharsets.UTF_8);
        return MESSAGE_KEY
                .matcher(html)
                .results()
                .map(match -> match.group(1))
                .filter(key -> !key.contains("$") && !key.contains("__") && !key.contains("'"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean anyContains(Map<String, Properties> bundles, String key) {
        return bundles.values().stream().anyMatch(bundle -> bundle.containsKey(key));
    }

    private static Set<Object> difference(Properties left, Properties right) {
        var keys = new TreeSet<>(left.keySet());
        keys.removeAll(right.keySet());
        return keys;
    }

    private static Properties load(Resource bundle) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
