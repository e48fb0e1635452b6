package org.ansim.privacy.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.HmacPrfParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two Tink key sets of Ansim: AEAD (AES-256-GCM) for sealing and PRF (HMAC-SHA256) for match keys, kept in one
 * JSON file readable only by its owner. Rotation adds a new AEAD key and makes it primary; older keys stay, so older
 * ciphertexts still open.
 */
public final class Keyring {

    static final String FORMAT = "ansim-privacy-keyset/1";
    static final String AEAD = "AEAD";
    static final String PRF = "PRF";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static {
        try {
            AeadConfig.register();
            PrfConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** What the file holds: the two key sets in Tink's JSON format, and when each key was made. */
    record KeysetDocument(String format, JsonNode aead, JsonNode prf, List<Created> created) {}

    record Created(String purpose, long id, Instant at) {}

    private record State(
            KeysetHandle aeadKeys,
            KeysetHandle prfKeys,
            Map<Long, Instant> created,
            Aead aead,
            PrfSet prf,
            @Nullable FileTime stamp) {}

    private final @Nullable Path file;
    private final Clock clock;
    private volatile State state;

    private Keyring(@Nullable Path file, Clock clock, State state) {
        this.file = file;
        this.clock = clock;
        this.state = state;
    }

    /** New key sets held in memory only (tests and benchmarks). */
    public static Keyring generate(Clock clock) {
        return new Keyring(null, clock, newState(clock));
    }

    /** Reads the key-set file. */
    public static Keyring load(Path file, Clock clock) {
        return new Keyring(file, clock, read(file));
    }

    /** Generates new key sets and writes them to a new file with permissions 600; an existing file is kept. */
    public static Keyring createFile(Path file, Clock clock) {
        if (Files.exists(file)) {
            throw new UncheckedIOException(new FileAlreadyExistsException(file.toString()));
        }
        var state = newState(clock);
        write(file, state);
        return new Keyring(file, clock, read(file));
    }

    public Aead aead() {
        return state.aead();
    }

    public PrfSet prf() {
        return state.prf();
    }

    public @Nullable Path file() {
        return file;
    }

    /** Whether the AEAD key set holds a key with this id. */
    public boolean hasAeadKey(long id) {
        var keys = state.aeadKeys();
        for (int i = 0; i < keys.size(); i++) {
            if (Integer.toUnsignedLong(keys.getAt(i).getId()) == id) {
                return true;
            }
        }
        return false;
    }

    /** Reads the file again if another node rotated the keys in it since; returns whether it did. */
    public synchronized boolean reloadIfChanged() {
        if (file == null || !Files.exists(file)) {
            return false;
        }
        try {
            if (Files.getLastModifiedTime(file).equals(state.stamp())) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        state = read(file);
        return true;
    }

    /**
     * Adds a new AES-256-GCM key and makes it primary: new seals use it, older ciphertexts still open with their key.
     * The file is rewritten before the new key is used.
     *
     * @return the new key
     */
    public synchronized KeyEntry rotate() {
        try {
            var current = state;
            var rotated = KeysetHandle.newBuilder(current.aeadKeys())
                    .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                            .withRandomId()
                            .makePrimary())
                    .build();
            var created = new HashMap<>(current.created());
            long id = Integer.toUnsignedLong(rotated.getPrimary().getId());
            created.put(id, clock.instant());
            var next = state(rotated, current.prfKeys(), created, null);
            if (file != null) {
                write(file, next);
                next = read(file);
            }
            state = next;
            return keys().stream()
                    .filter(key -> key.purpose().equals(AEAD) && key.id() == id)
                    .findFirst()
                    .orElseThrow();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Key rotation failed", e);
        }
    }

    /** Every key of both sets, primary first within each purpose; never key material. */
    public List<KeyEntry> keys() {
        var current = state;
        var entries = new ArrayList<KeyEntry>();
        entries.addAll(entries(AEAD, current.aeadKeys(), current.created()));
        entries.addAll(entries(PRF, current.prfKeys(), current.created()));
        return List.copyOf(entries);
    }

    private static List<KeyEntry> entries(String purpose, KeysetHandle keys, Map<Long, Instant> created) {
        var entries = new ArrayList<KeyEntry>();
        for (int i = 0; i < keys.size(); i++) {
            var entry = keys.getAt(i);
            long id = Integer.toUnsignedLong(entry.getId());
            var parameters = entry.getKey().getParameters();
            var algorithm = switch (parameters) {
                case AesGcmParameters aes -> "AES-" + aes.getKeySizeBytes() * 8 + "-GCM";
                case HmacPrfParameters hmac -> "HMAC-" + hmac.getHashType();
                default -> parameters.getClass().getSimpleName();
            };
            entries.add(new KeyEntry(
                    purpose, id, algorithm, entry.getStatus().toString(), entry.isPrimary(), created.get(id)));
        }
        entries.sort((a, b) -> Boolean.compare(b.primary(), a.primary()));
        return entries;
    }

    private static State newState(Clock clock) {
        try {
            var aeadKeys = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            var prfKeys = KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF);
            var now = clock.instant();
            var created = Map.of(
                    Integer.toUnsignedLong(aeadKeys.getPrimary().getId()), now,
                    Integer.toUnsignedLong(prfKeys.getPrimary().getId()), now);
            return state(aeadKeys, prfKeys, created, null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not generate key sets", e);
        }
    }

    private static State state(
            KeysetHandle aeadKeys, KeysetHandle prfKeys, Map<Long, Instant> created, @Nullable FileTime stamp)
            throws GeneralSecurityException {
        return new State(
                aeadKeys,
                prfKeys,
                Map.copyOf(created),
                aeadKeys.getPrimitive(RegistryConfiguration.get(), Aead.class),
                prfKeys.getPrimitive(RegistryConfiguration.get(), PrfSet.class),
                stamp);
    }

    private static State read(Path file) {
        try {
            var stamp = Files.getLastModifiedTime(file);
            var document = JSON.readValue(file.toFile(), KeysetDocument.class);
            if (!FORMAT.equals(document.format())) {
                throw new IllegalStateException("The key-set file " + file + " is not in the format " + FORMAT);
            }
            var aeadKeys =
                    TinkJsonProtoKeysetFormat.parseKeyset(document.aead().toString(), InsecureSecretKeyAccess.get());
            var prfKeys =
                    TinkJsonProtoKeysetFormat.parseKeyset(document.prf().toString(), InsecureSecretKeyAccess.get());
            var created = new HashMap<Long, Instant>();
            if (document.created() != null) {
                document.created().forEach(c -> created.put(c.id(), c.at()));
            }
            return state(aeadKeys, prfKeys, created, stamp);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the key-set file " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The key-set file " + file + " holds no valid Tink key set", e);
        }
    }

    private static void write(Path file, State state) {
        try {
            var created = new ArrayList<Created>();
            addCreated(created, AEAD, state.aeadKeys(), state.created());
            addCreated(created, PRF, state.prfKeys(), state.created());
            var document = new KeysetDocument(
                    FORMAT,
                    JSON.readTree(
                            TinkJsonProtoKeysetFormat.serializeKeyset(state.aeadKeys(), InsecureSecretKeyAccess.get())),
                    JSON.readTree(
                            TinkJsonProtoKeysetFormat.serializeKeyset(state.prfKeys(), InsecureSecretKeyAccess.get())),
                    created);
            var directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            var temporary = directory.resolve(file.getFileName() + ".new");
            Files.deleteIfExists(temporary);
            createOwnerOnly(temporary);
            Files.writeString(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the key-set file " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not serialise the key sets", e);
        }
    }

    private static void addCreated(List<Created> into, String purpose, KeysetHandle keys, Map<Long, Instant> created) {
        for (int i = 0; i < keys.size(); i++) {
            long id = Integer.toUnsignedLong(keys.getAt(i).getId());
            var at = created.get(id);
            if (at != null) {
                into.add(new Created(purpose, id, at));
            }
        }
    }

    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
    }
}
