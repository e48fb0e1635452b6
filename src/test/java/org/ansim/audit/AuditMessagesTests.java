package org.ansim.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.ansim.audit.internal.ActorKind;
import org.ansim.audit.internal.BrokenLink;
import org.junit.jupiter.api.Test;

class AuditMessagesTests {

    @Test
    void everyKoreanTextHasAnEnglishOneAndBack() throws IOException {
        var korean = load("messages/audit.properties");
        var english = load("messages/audit_en.properties");

        assertThat(english.stringPropertyNames()).isEqualTo(korean.stringPropertyNames());
    }

    @Test
    void everyActionActorKindAndProblemHasAName() throws IOException {
        var korean = load("messages/audit.properties");

        for (var action : AuditAction.values()) {
            assertThat(korean).containsKey("audit.action." + action.name());
        }
        for (var kind : ActorKind.values()) {
            assertThat(korean).containsKey("audit.kind." + kind.name());
        }
        for (var problem : BrokenLink.Problem.values()) {
            assertThat(korean).containsKey("audit.problem." + problem.name());
        }
    }

    private static Properties load(String path) throws IOException {
        var properties = new Properties();
        try (var in = AuditMessagesTests.class.getClassLoader().getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
