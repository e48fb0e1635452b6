package org.ansim.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.ansim.privacy.internal.Keyring;
import org.springframework.stereotype.Service;

/**
 * Keyed hashes for exact-match lookup without clear text: the same person's phone number, name, birth date or
 * identity number always gives the same {@link MatchKey}, however it was typed; nobody without the PRF key can
 * compute or reverse one. Each purpose is hashed apart, so a name's key never equals a phone number's.
 */
@Service
public class MatchKeys {

    private static final int LENGTH = 32;
    private static final Pattern SPACES_AND_HYPHENS = Pattern.compile("[\\s\\p{Pd}\\u00AD\\u2212\\u3000]+");

    private final Keyring keyring;

    MatchKeys(Keyring keyring) {
        this.keyring = keyring;
    }

    /** Over the digits only ({@code 010-1234-5678}, {@code +82 10 1234 5678} match). */
    public MatchKey phone(PhoneNumber phone) {
        return hash("phone", phone.digits());
    }

    /** Over the name in NFC, without spaces or hyphens, case-folded ({@code 김 민-지} matches {@code 김민지}). */
    public MatchKey name(String name) {
        var normalised = normaliseName(name);
        if (normalised.isEmpty()) {
            throw new IllegalArgumentException("A name to match is not blank");
        }
        return hash("name", normalised);
    }

    /** Over the ISO date. */
    public MatchKey birthDate(LocalDate birthDate) {
        return hash("birth-date", birthDate.toString());
    }

    /** Over the 13 digits. */
    public MatchKey identityNumber(IdentityNumber identityNumber) {
        return hash("identity-number", identityNumber.digits());
    }

    static String normaliseName(String name) {
        Objects.requireNonNull(name, "name");
        var composed = Normalizer.normalize(name, Normalizer.Form.NFC);
        var compact = SPACES_AND_HYPHENS.matcher(composed).replaceAll("");
        return compact.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    private MatchKey hash(String purpose, String normalised) {
        var input = ("ansim/match/v1|" + purpose + "|" + normalised).getBytes(StandardCharsets.UTF_8);
        try {
            return MatchKey.of(keyring.prf().computePrimary(input, LENGTH));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Computing a " + purpose + " match key failed", e);
        }
    }
}
