package org.ansim.privacy;

import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A keyed hash (HMAC-SHA256 via Tink PRF) of a normalised value, for exact-match lookup without clear text. Stored
 * beside the sealed column ({@code char(64)} or {@code bytea}); equal inputs of the same purpose give equal keys.
 *
 * @param hex 64 lower-case hex digits
 */
public record MatchKey(String hex) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public MatchKey {
        Objects.requireNonNull(hex, "hex");
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("A match key is 64 lower-case hex digits");
        }
    }

    public static MatchKey of(byte[] bytes) {
        return new MatchKey(HexFormat.of().formatHex(bytes));
    }

    public byte[] bytes() {
        return HexFormat.of().parseHex(hex);
    }
}
