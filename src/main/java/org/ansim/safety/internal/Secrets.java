package org.ansim.safety.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The random secrets the module hands out (enrolment codes, device tokens) and the hashes it keeps of them instead.
 * Codes and tokens carry enough randomness that an unsalted SHA-256 is a safe lookup key; PINs are short and are
 * hashed with the password encoder instead.
 */
final class Secrets {

    /** Device tokens start with this, so that they are told apart from machine keys at a glance. */
    static final String TOKEN_PREFIX = "ansim_dev_";

    /** Easy to read aloud and type: no 0/O, 1/I/L. */
    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    private static final int CODE_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    /** A new enrolment code, e.g. {@code 7KQF-M2XR-9TBD} (about 59 bits). */
    static String newCode() {
        var code = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    /** A code as typed: dashes and spaces dropped, upper case. */
    static String normalisedCode(String typed) {
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static String newToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
