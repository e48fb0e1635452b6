package org.ansim.privacy;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A resident registration number (주민등록번호) or alien registration number, validated for its form and birth date.
 * The check digit is not enforced: numbers issued since October 2020 no longer carry one. It is never stored in clear
 * (only as {@code Sealed<IdentityNumber>} and as a {@link MatchKey}); {@link #toString()} and its JSON form are fully
 * masked.
 *
 * @param digits the 13 digits, without the hyphen
 */
public record IdentityNumber(String digits) {

    private static final Pattern THIRTEEN_DIGITS = Pattern.compile("\\d{13}");
    private static final String HIDDEN = "******-*******";

    public IdentityNumber {
        Objects.requireNonNull(digits, "digits");
        if (!THIRTEEN_DIGITS.matcher(digits).matches() || birthDateOf(digits) == null) {
            throw new IllegalArgumentException("Not a resident registration number");
        }
    }

    /**
     * Reads {@code 900101-1234567} or {@code 9001011234567}.
     *
     * @throws IllegalArgumentException when the form or birth date is wrong (the message never repeats the input)
     */
    public static IdentityNumber parse(String input) {
        Objects.requireNonNull(input, "input");
        return new IdentityNumber(input.strip().replace("-", "").replace(" ", ""));
    }

    /** The birth date the number encodes (the seventh digit gives the century). */
    public LocalDate birthDate() {
        return birthDateOf(digits);
    }

    /** What a revealed view usually shows: {@code 900101-1******}. */
    public String masked() {
        return digits.substring(0, 6) + "-" + digits.charAt(6) + "******";
    }

    /** The JSON form: always hidden, so serialising an object that holds one cannot leak it. */
    @JsonValue
    String hidden() {
        return HIDDEN;
    }

    @Override
    public String toString() {
        return "IdentityNumber[" + HIDDEN + "]";
    }

    private static LocalDate birthDateOf(String digits) {
        int century = switch (digits.charAt(6)) {
            case '1', '2', '5', '6' -> 1900;
            case '3', '4', '7', '8' -> 2000;
            case '9', '0' -> 1800;
            default -> -1;
        };
        try {
            return LocalDate.of(
                    century + Integer.parseInt(digits.substring(0, 2)),
                    Integer.parseInt(digits.substring(2, 4)),
                    Integer.parseInt(digits.substring(4, 6)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
