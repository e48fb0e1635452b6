package org.ansim.audit.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The SHA-256 hash that chains an entry to the one before it.
 *
 * <p>The hash is taken over an unambiguous encoding of every field of the entry followed by the previous entry's
 * hash: a version tag, then each field in a fixed order, numbers as fixed-width big-endian integers, the time as
 * microseconds since the epoch (what PostgreSQL keeps), and each text as its UTF-8 length followed by its bytes, a
 * missing text as length -1. No two different entries encode to the same bytes.
 */
public final class EntryHash {

    static final int LENGTH = 32;
    private static final String VERSION = "ansim-audit-entry-v1";
    private static final String GENESIS = "ansim-audit-genesis-v1";

    private EntryHash() {}

    /** The hash an entry with these fields has. */
    public static byte[] of(AuditEntry entry) {
        var bytes = new ByteArrayOutputStream(256);
        try (var out = new DataOutputStream(bytes)) {
            text(out, VERSION);
            out.writeLong(entry.id());
            out.writeInt(entry.chainNo());
            out.writeLong(entry.seq());
            out.writeLong(micros(entry.occurredAt()));
            text(out, entry.actorName());
            text(out, entry.actorKind());
            text(out, entry.organisation());
            text(out, entry.sourceAddress());
            text(out, entry.action());
            text(out, entry.subjectType());
            text(out, entry.subjectId());
            text(out, entry.reason());
            out.writeInt(entry.prevHash().length);
            out.write(entry.prevHash());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha256(bytes.toByteArray());
    }

    /** The "previous hash" of a chain's first entry, distinct per chain. */
    public static byte[] genesis(int chainNo) {
        var bytes = new ByteArrayOutputStream(64);
        try (var out = new DataOutputStream(bytes)) {
            text(out, GENESIS);
            out.writeInt(chainNo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha256(bytes.toByteArray());
    }

    /** The time as the log keeps it: whole microseconds, like PostgreSQL's {@code timestamptz}. */
    static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000L);
    }

    private static void text(DataOutputStream out, @Nullable String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        var utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
