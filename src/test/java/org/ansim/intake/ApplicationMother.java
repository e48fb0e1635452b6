package org.ansim.intake;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** One-stop applications of applicants unique to one test (the test database is shared by every test). */
public final class ApplicationMother {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private ApplicationMother() {}

    /** Who applies: a random Hangul name, birth date and phone nobody else in the test run has. */
    public record Applicant(String name, String birthDate, String phone) {

        public static Applicant unique() {
            var random = ThreadLocalRandom.current();
            var name = new StringBuilder("이");
            for (int i = 0; i < 3; i++) {
                name.append((char) (0xAC00 + random.nextInt(11172)));
            }
            var birthDate = "%04d-%02d-%02d"
                    .formatted(1950 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
            var phone = "010-%04d-%04d".formatted(random.nextInt(10_000), random.nextInt(10_000));
            return new Applicant(name.toString(), birthDate, phone);
        }

        public Applicant withName(String other) {
            return new Applicant(other, birthDate, phone);
        }

        public Applicant withPhone(String other) {
            return new Applicant(name, birthDate, other);
        }
    }

    /** A 1366 call: consent read from the script and given verbally, for case management and referrals. */
    public static ObjectNode hotlineCall(Applicant applicant) {
        var body = JSON.createObjectNode();
        body.put("channel", "HOTLINE_1366");
        var who = body.putObject("applicant");
        who.put("name", applicant.name());
        who.put("birthDate", applicant.birthDate());
        if (applicant.phone() != null) {
            who.put("phone", applicant.phone());
        }
        var address = who.putObject("address");
        address.put("sido", "서울특별시");
        address.put("sigungu", "마포구");
        address.put("detail", "월드컵로 1");
        var services = body.putArray("servicesWanted");
        services.add("PSYCHOLOGICAL");
        services.add("LEGAL");
        var consent = body.putObject("consent");
        consent.put("given", true);
        consent.put("method", "VERBAL_RECORDED");
        consent.putArray("purposes").add("CASE_MANAGEMENT").add("SERVICE_REFERRAL");
        consent.put("script", "hotline-v1");
        consent.put("howGiven", "통화 녹취 14:32, 안내문을 끝까지 듣고 동의함");
        return body;
    }

    public static ObjectNode hotlineCall() {
        return hotlineCall(Applicant.unique());
    }

    /** The same call where the applicant agreed only to statistics, not to case management. */
    public static ObjectNode withoutCaseManagementConsent(Applicant applicant) {
        var body = hotlineCall(applicant);
        ((ArrayNode) body.get("consent").get("purposes")).removeAll().add("STATISTICS");
        return body;
    }

    public static ObjectNode withServices(ObjectNode body, List<String> services) {
        var copy = body.deepCopy();
        var array = copy.putArray("servicesWanted");
        services.forEach(array::add);
        return copy;
    }
}
