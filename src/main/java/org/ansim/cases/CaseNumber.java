package org.ansim.cases;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The readable number of a case, {@code STK-2026-000123}: the year the case was opened and a counter that starts again
 * every year.
 */
public record CaseNumber(String value) implements Serializable {

    private static final Pattern FORMAT = Pattern.compile("STK-\\d{4}-\\d{6}");

    public CaseNumber {
        Objects.requireNonNull(value, "value");
    }

    public static CaseNumber of(int year, long counter) {
        if (counter < 1 || counter > 999_999) {
            throw new IllegalArgumentException("A yearly case counter runs from 1 to 999999: " + counter);
        }
        return new CaseNumber("STK-%04d-%06d".formatted(year, counter));
    }

    /** Whether {@code text} has the form of a case number; says nothing of whether the case exists. */
    public static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
