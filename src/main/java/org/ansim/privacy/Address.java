package org.ansim.privacy;

import java.util.Objects;

/**
 * A postal address in Korea: the province-level unit (시·도), the city, county or district (시·군·구) and the rest.
 * Sensitive: it is kept only as {@code Sealed<Address>}, and {@link #toString()} shows no more than a list may.
 *
 * @param sido e.g. {@code 서울특별시}
 * @param sigungu e.g. {@code 강남구}
 * @param detail the road name, number and unit, e.g. {@code 테헤란로 123, 4층}; may be empty
 */
public record Address(String sido, String sigungu, String detail) {

    public Address {
        sido = required(sido, "sido", 20);
        sigungu = required(sigungu, "sigungu", 40);
        detail = Objects.requireNonNull(detail, "detail").strip();
        if (detail.length() > 200) {
            throw new IllegalArgumentException("An address detail has at most 200 characters");
        }
    }

    /** What a list or a log may show: {@code 서울특별시 강남구 ***}. */
    public String masked() {
        return sido + " " + sigungu + " ***";
    }

    /** The whole address on one line, for a revealed view. */
    public String oneLine() {
        return detail.isEmpty() ? sido + " " + sigungu : sido + " " + sigungu + " " + detail;
    }

    @Override
    public String toString() {
        return "Address[" + masked() + "]";
    }

    private static String required(String value, String name, int maxLength) {
        Objects.requireNonNull(value, name);
        var stripped = value.strip();
        if (stripped.isEmpty() || stripped.length() > maxLength) {
            throw new IllegalArgumentException("An address needs a " + name + " of 1 to " + maxLength + " characters");
        }
        return stripped;
    }
}
