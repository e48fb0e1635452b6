package org.ansim.privacy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Korean telephone number in its normalised form: digits only, national format ({@code 01012345678}). Mobile
 * numbers, Seoul and regional landlines, internet telephony (070) and personal safe numbers (050x) are accepted.
 * {@link #toString()} is masked.
 *
 * @param digits the number as digits only, starting with 0
 */
public record PhoneNumber(String digits) {

    private static final Pattern VALID = Pattern.compile(
            "01[016789]\\d{7,8}" // mobile
                    + "|02\\d{7,8}" // Seoul
                    + "|0(3[1-3]|4[1-4]|5[1-5]|6[1-4])\\d{7,8}" // regional landlines
                    + "|070\\d{8}" // internet telephony
                    + "|050\\d{8,9}"); // safe numbers

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()]");

    public PhoneNumber {
        Objects.requireNonNull(digits, "digits");
        if (!VALID.matcher(digits).matches()) {
            throw new IllegalArgumentException("Not a Korean telephone number");
        }
    }

    /**
     * Reads a number as people write it: {@code 010-1234-5678}, {@code 010 1234 5678}, {@code +82 10-1234-5678},
     * {@code (02) 123-4567}.
     *
     * @throws IllegalArgumentException when it is not a Korean telephone number (the message never repeats the input)
     */
    public static PhoneNumber parse(String input) {
        Objects.requireNonNull(input, "input");
        var digits = SEPARATORS.matcher(input.strip()).replaceAll("");
        if (digits.startsWith("+82")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("0082")) {
            digits = "0" + digits.substring(4);
        }
        if (digits.startsWith("00")) {
            digits = digits.substring(1);
        }
        return new PhoneNumber(digits);
    }

    /** The number in its usual written form, e.g. {@code 010-1234-5678}, {@code 02-123-4567}. */
    public String formatted() {
        var parts = parts();
        return parts[0] + "-" + parts[1] + "-" + parts[2];
    }

    /** What a list may show: {@code 010-****-5678}. */
    public String masked() {
        var parts = parts();
        return parts[0] + "-" + "*".repeat(parts[1].length()) + "-" + parts[2];
    }

    @Override
    public String toString() {
        return "PhoneNumber[" + masked() + "]";
    }

    private String[] parts() {
        int prefix;
        if (digits.startsWith("02")) {
            prefix = 2;
        } else if (digits.startsWith("050")) {
            prefix = 4;
        } else {
            prefix = 3;
        }
        int last = digits.length() - 4;
        return new String[] {digits.substring(0, prefix), digits.substring(prefix, last), digits.substring(last)};
    }
}
