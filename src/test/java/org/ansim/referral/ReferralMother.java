package org.ansim.referral;

import java.util.UUID;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Police referrals as the police system sends them, each with a fresh report number. */
final class ReferralMother {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private ReferralMother() {}

    static ObjectNode highRisk() {
        return withReportNumber("2026-서울강남-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** A high-risk referral of 서울강남경찰서 with this report number. */
    static ObjectNode withReportNumber(String reportNumber) {
        var text = """
                {
                  "policeReportNumber": "%s",
                  "policeAgency": "서울강남경찰서",
                  "reportedAt": "2026-11-20T14:05:00+09:00",
                  "consent": {"given": true, "obtainedAt": "2026-11-20T14:20:00+09:00", "method": "WRITTEN",
                              "purposes": ["CASE_MANAGEMENT", "SERVICE_REFERRAL", "STATISTICS"]},
                  "victim": {"name": "김하늘", "birthDate": "1996-03-02", "sex": "F", "phone": "010-2345-6789",
                             "address": {"sido": "서울특별시", "sigungu": "강남구", "detail": "테헤란로 1길 23, 402호"},
                             "preferredLanguage": "ko"},
                  "offender": {"name": "박모씨", "sex": "M", "birthYear": 1990, "relationship": "FORMER_INTIMATE_PARTNER",
                               "phone": "010-9876-5432", "knowsVictimAddress": true, "priorStalkingReports": 1},
                  "incident": {"behaviours": ["FOLLOWING", "WAITING_NEAR_HOME", "REPEATED_CONTACT"],
                               "firstOccurredOn": "2026-09-01", "lastOccurredAt": "2026-11-19T22:40:00+09:00",
                               "summary": "퇴근길에 반복적으로 따라옴"},
                  "measures": [{"kind": "EMERGENCY_MEASURE", "startsOn": "2026-11-20", "endsOn": "2026-11-30",
                                "approachBanMeters": 100, "telecomBan": true}],
                  "policeRiskLevel": "HIGH",
                  "guardRecommended": true,
                  "officer": {"name": "이경위", "phone": "02-000-0000"}
                }
                """.formatted(reportNumber);
        return (ObjectNode) JSON.readTree(text);
    }

    private static final String[] SURNAMES = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"};
    private static final String[] FIRST = {"하", "서", "지", "민", "수", "예", "윤", "도", "현", "유"};
    private static final String[] SECOND = {"늘", "연", "아", "준", "진", "린", "희", "우", "호", "은"};

    /**
     * A referral of its own victim and offender (the {@code n}th of a series: names, birth dates and phone numbers
     * differ for every {@code n}), as a police station's referrals of a day are: load tests with one victim sent a
     * thousand times would measure the matching of one person against herself.
     */
    static ObjectNode distinctPeople(String reportNumber, int n) {
        var referral = withReportNumber(reportNumber);
        var victim = (ObjectNode) referral.get("victim");
        victim.put("name", name(n));
        victim.put(
                "birthDate",
                java.time.LocalDate.of(1960, 1, 1).plusDays(n % 15_000).toString());
        victim.put("phone", "010-2%03d-%04d".formatted((n / 10_000) % 1000, n % 10_000));
        ((ObjectNode) victim.get("address")).put("detail", "테헤란로 " + (n % 500 + 1) + "길 " + (n % 97 + 1));
        var offender = (ObjectNode) referral.get("offender");
        offender.put("name", name(n + 537) + "씨");
        offender.put("birthYear", 1950 + n % 50);
        offender.put("phone", "010-9%03d-%04d".formatted((n / 10_000) % 1000, n % 10_000));
        return referral;
    }

    private static String name(int n) {
        return SURNAMES[n % 10]
                + FIRST[(n / 10) % 10]
                + SECOND[(n / 100) % 10]
                + (n >= 1000 ? SECOND[(n / 1000) % 10] : "");
    }

    static ObjectNode highRisk(Consumer<ObjectNode> change) {
        var referral = highRisk();
        change.accept(referral);
        return referral;
    }

    static String reportNumber(ObjectNode referral) {
        return referral.get("policeReportNumber").asString();
    }
}
