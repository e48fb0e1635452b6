package org.ansim.privacy.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One key of a key set as the key page shows it: never key material.
 *
 * @param purpose {@code AEAD} (sealing) or {@code PRF} (match keys)
 * @param id Tink's key id, unsigned, as in a sealed value's prefix
 * @param algorithm e.g. {@code AES-256-GCM}
 * @param status {@code ENABLED}, {@code DISABLED} or {@code DESTROYED}
 * @param primary whether new values are sealed (or hashed) with it
 * @param created when it was made, where the key-set file recorded it
 */
public record KeyEntry(
        String purpose,
        long id,
        String algorithm,
        String status,
        boolean primary,
        @Nullable Instant created) {}
