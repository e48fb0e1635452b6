package org.ansim.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A machine client's key. Keys are long random strings, so a plain SHA-256 is a safe and fast way to store and look
 * them up; the clear key exists only in the response that issues it.
 */
record ClientKey(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static ClientKey generate() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new ClientKey("ak_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    String hash() {
        return sha256(value);
    }

    String prefix() {
        return value.substring(0, Math.min(8, value.length()));
    }

    static String sha256(String value) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return prefix() + "…";
    }
}
