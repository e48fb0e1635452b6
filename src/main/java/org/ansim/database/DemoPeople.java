package org.ansim.database;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The synthetic people of the demo caseload, the same for the same number in every module: the police referrals'
 * victim {@code n} and a hotline caller who is victim {@code n} again are one person, written differently. No real
 * person is meant.
 */
public final class DemoPeople {

    /** The districts the demo stations and victims are in. */
    public static final List<String> DISTRICTS =
            List.of("강남구", "마포구", "송파구", "관악구", "영등포구", "노원구", "은평구", "서초구", "강서구", "중랑구");

    private static final List<String> SURNAMES =
            List.of("김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "홍");
    private static final List<String> GIVEN_NAMES = List.of(
            "서연", "지우", "하은", "민서", "수아", "지민", "예은", "채원", "윤서", "다은", "지아", "소율", "서윤", "하린", "유진", "수빈", "예린", "가은",
            "시은", "나연", "은비", "혜린", "다인", "세아");
    private static final List<String> STREETS =
            List.of("테헤란로", "월드컵로", "올림픽로", "관악로", "여의대로", "동일로", "통일로", "반포대로", "공항대로", "망우로");

    private DemoPeople() {}

    /** A synthetic victim: the same {@code n} gives the same person. */
    public static Person victim(int n) {
        var random = new SplittableRandom(7_919L * n + 2026);
        var district = DISTRICTS.get(random.nextInt(DISTRICTS.size()));
        return new Person(
                SURNAMES.get(random.nextInt(SURNAMES.size())) + GIVEN_NAMES.get(random.nextInt(GIVEN_NAMES.size())),
                LocalDate.of(1970 + random.nextInt(36), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                "010-%04d-%04d".formatted(2000 + random.nextInt(7000), n % 10_000),
                district,
                "%s %d길 %d, %d호"
                        .formatted(
                                STREETS.get(random.nextInt(STREETS.size())),
                                1 + random.nextInt(40),
                                1 + random.nextInt(90),
                                101 + random.nextInt(1200)));
    }

    /** A synthetic person as one channel wrote her down. */
    public record Person(String name, LocalDate birthDate, String phone, String district, String street) {

        /** The same person as another channel writes her: a space in the name, the number without hyphens. */
        public Person writtenDifferently() {
            return new Person(
                    name.charAt(0) + " " + name.substring(1), birthDate, phone.replace("-", " "), district, street);
        }
    }
}
