package org.ansim.privacy;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A sensitive value encrypted at rest: Tink AEAD (AES-256-GCM) ciphertext, bound to the record and field it belongs
 * to. It has no method that yields the clear value; that is only {@link SealedValues#reveal}, which writes the audit
 * entry. Store {@link #ciphertext()} in a {@code bytea} column (with JPA use a {@link SealedConverter}); read it back
 * with {@link #of(SealedKind, byte[])}.
 *
 * @param <T> the clear value's type
 */
public final class Sealed<T> {

    /** Tink's output prefix: one version byte, then the four-byte id of the key that sealed it. */
    private static final int TINK_PREFIX = 0x01;

    private static final int PREFIX_LENGTH = 5;

    private final SealedKind<T> kind;
    private final byte[] ciphertext;

    private Sealed(SealedKind<T> kind, byte[] ciphertext) {
        this.kind = Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ciphertext, "ciphertext");
        if (ciphertext.length <= PREFIX_LENGTH || ciphertext[0] != TINK_PREFIX) {
            throw new IllegalArgumentException("Not a sealed value: no Tink key prefix");
        }
        this.ciphertext = ciphertext.clone();
    }

    /** A sealed value as read from the database. */
    public static <T> Sealed<T> of(SealedKind<T> kind, byte[] ciphertext) {
        return new Sealed<>(kind, ciphertext);
    }

    public SealedKind<T> kind() {
        return kind;
    }

    /** The bytes to store (a copy). */
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    /** The id of the key that sealed it, as Tink and the key page show it (unsigned). */
    public long keyId() {
        int id = ((ciphertext[1] & 0xff) << 24)
                | ((ciphertext[2] & 0xff) << 16)
                | ((ciphertext[3] & 0xff) << 8)
                | (ciphertext[4] & 0xff);
        return Integer.toUnsignedLong(id);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Sealed<?> that && kind == that.kind && Arrays.equals(ciphertext, that.ciphertext);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ciphertext);
    }

    /** Never the clear value: the kind, the key id and a short fingerprint of the ciphertext. */
    @Override
    public String toString() {
        return "Sealed[" + kind.name() + ", key " + keyId() + ", "
                + HexFormat.of().formatHex(ciphertext, PREFIX_LENGTH, PREFIX_LENGTH + 4) + "…]";
    }
}
