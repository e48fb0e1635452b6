package org.ansim.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.ansim.database.DatabaseProperties;
import org.ansim.database.DemoMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Where the keys come from at start-up, in demo mode and outside it. */
class KeyringConfigurationTests {

    @TempDir
    Path dataDir;

    ApplicationContextRunner ansim(boolean demo) {
        return new ApplicationContextRunner()
                .withUserConfiguration(KeyringConfiguration.class)
                .withBean(DemoMode.class, () -> new DemoMode(demo))
                .withBean(DatabaseProperties.class, () -> new DatabaseProperties(dataDir, false));
    }

    @Test
    void demoModeGeneratesAKeySetUnderTheDataDirectoryOnce() {
        var file = dataDir.resolve("privacy/keyset.json");

        ansim(true).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(file).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        });
        var first = readString(file);
        ansim(true)
                .run(context ->
                        assertThat(context.getBean(Keyring.class).file()).isEqualTo(file));

        assertThat(readString(file)).isEqualTo(first);
    }

    @Test
    void withoutAKeySetOutsideDemoModeAnsimDoesNotStartAndSaysHowToMakeOne() {
        ansim(false).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .rootCause()
                    .isInstanceOf(MissingKeysetException.class)
                    .hasMessageContaining("ANSIM_KEYSET")
                    .hasMessageContaining("--privacy-new-keyset=");
            var analysis = new MissingKeysetFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getAction()).contains("java -jar target/ansim.jar --privacy-new-keyset=");
        });
        assertThat(dataDir.resolve("privacy")).doesNotExist();
    }

    @Test
    void aKeySetFileThatDoesNotExistOutsideDemoModeIsRefused() {
        ansim(false)
                .withPropertyValues("ANSIM_KEYSET=" + dataDir.resolve("missing.json"))
                .run(context -> assertThat(context.getStartupFailure())
                        .rootCause()
                        .hasMessageContaining("missing.json")
                        .hasMessageContaining("does not exist"));
    }

    @Test
    void theKeySetNamedByAnsimKeysetIsUsed() {
        var file = dataDir.resolve("production-keyset.json");
        var made = Keyring.createFile(file, Clock.systemUTC());

        ansim(false)
                .withPropertyValues("ANSIM_KEYSET=" + file)
                .run(context ->
                        assertThat(context.getBean(Keyring.class).keys()).isEqualTo(made.keys()));
        ansim(false)
                .withPropertyValues("ansim.privacy.keyset=" + file)
                .run(context ->
                        assertThat(context.getBean(Keyring.class).file()).isEqualTo(file));
    }

    @Test
    void theNewKeysetCommandWritesAFileAndRefusesToOverwriteIt() {
        var file = dataDir.resolve("etc/keyset.json");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();

        var first = NewKeysetCommand.run(file.toString(), print(out), print(err));
        var second = NewKeysetCommand.run(file.toString(), print(out), print(err));

        assertThat(first).isZero();
        assertThat(Keyring.load(file, Clock.systemUTC()).keys()).hasSize(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("ANSIM_KEYSET=" + file);
        assertThat(second).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("never overwrites");
    }

    private static PrintStream print(ByteArrayOutputStream into) {
        return new PrintStream(into, true, StandardCharsets.UTF_8);
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
