package org.ansim.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key-set file without Spring: creation, permissions, rotation and a second node reading a rotated file. */
class KeyringTests {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T01:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;

    @Test
    void aNewKeySetFileIsReadableOnlyByItsOwner() throws Exception {
        var file = directory.resolve("keys/keyset.json");

        var keyring = Keyring.createFile(file, CLOCK);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(keyring.keys())
                .extracting(KeyEntry::purpose, KeyEntry::algorithm, KeyEntry::primary, KeyEntry::created)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("AEAD", "AES-256-GCM", true, CLOCK.instant()),
                        org.assertj.core.groups.Tuple.tuple("PRF", "HMAC-SHA256", true, CLOCK.instant()));
    }

    @Test
    void anExistingKeySetIsNeverOverwritten() throws Exception {
        var file = directory.resolve("keyset.json");
        Keyring.createFile(file, CLOCK);
        var before = Files.readString(file);

        assertThatThrownBy(() -> Keyring.createFile(file, CLOCK)).isInstanceOf(UncheckedIOException.class);
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void aKeySetReadBackSealsAndOpensTheSame() throws Exception {
        var file = directory.resolve("keyset.json");
        var written = Keyring.createFile(file, CLOCK);
        var ciphertext = written.aead().encrypt(bytes("서울특별시"), bytes("ad"));

        var read = Keyring.load(file, CLOCK);

        assertThat(read.aead().decrypt(ciphertext, bytes("ad"))).isEqualTo(bytes("서울특별시"));
        assertThat(read.prf().computePrimary(bytes("x"), 32))
                .isEqualTo(written.prf().computePrimary(bytes("x"), 32));
        assertThat(read.keys()).isEqualTo(written.keys());
    }

    @Test
    void rotationKeepsOldKeysEnabledAndPersistsTheNewPrimary() throws Exception {
        var file = directory.resolve("keyset.json");
        var keyring = Keyring.createFile(file, CLOCK);
        var old = keyring.aead().encrypt(bytes("old"), bytes("ad"));

        var newKey = keyring.rotate();

        assertThat(newKey.primary()).isTrue();
        assertThat(keyring.keys().stream().filter(k -> k.purpose().equals("AEAD")))
                .hasSize(2)
                .allMatch(k -> k.status().equals("ENABLED"))
                .filteredOn(KeyEntry::primary)
                .containsExactly(newKey);
        assertThat(keyring.aead().decrypt(old, bytes("ad"))).isEqualTo(bytes("old"));
        assertThat(Keyring.load(file, CLOCK).keys()).isEqualTo(keyring.keys());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void aSecondNodeReadsKeysRotatedByTheFirst() throws Exception {
        var file = directory.resolve("keyset.json");
        var first = Keyring.createFile(file, CLOCK);
        var second = Keyring.load(file, CLOCK);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        second.reloadIfChanged();

        var newKey = first.rotate();

        assertThat(second.hasAeadKey(newKey.id())).isFalse();
        assertThat(second.reloadIfChanged()).isTrue();
        assertThat(second.hasAeadKey(newKey.id())).isTrue();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
