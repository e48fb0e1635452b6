package org.ansim.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.ansim.referral.ReferralTestData;
import org.ansim.support.ApiClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Police referrals of victims and offenders unique to one test (the test database is shared by every test). */
final class PeopleMother {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String GANGNAM_KEY = "demo-police-key";
    static final String MAPO_KEY = "demo-police-key-2";

    private PeopleMother() {}

    /** A victim nobody else in the test run has: random Hangul name, birth date and phone. */
    record Victim(String name, String birthDate, String phone) {

        static Victim unique() {
            var random = ThreadLocalRandom.current();
            var name = new StringBuilder("김");
            for (int i = 0; i < 3; i++) {
                name.append((char) (0xAC00 + random.nextInt(11172)));
            }
            var birthDate = "%04d-%02d-%02d"
                    .formatted(1950 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
            return new Victim(name.toString(), birthDate, uniquePhone());
        }

        Victim withName(String other) {
            return new Victim(other, birthDate, phone);
        }

        Victim withBirthDate(String other) {
            return new Victim(name, other, phone);
        }

        Victim withPhone(String other) {
            return new Victim(name, birthDate, other);
        }
    }

    record Offender(String name, String phone) {

        static Offender unique() {
            return new Offender(Victim.unique().name(), uniquePhone());
        }
    }

    static String uniquePhone() {
        var random = ThreadLocalRandom.current();
        return "010-%04d-%04d".formatted(random.nextInt(10_000), random.nextInt(10_000));
    }

    static String referral(String agency, Victim victim, Offender offender) {
        var referral = (ObjectNode) JSON.readTree(ReferralTestData.highRisk());
        referral.put("policeAgency", agency);
        var v = (ObjectNode) referral.get("victim");
        v.put("name", victim.name());
        v.put("birthDate", victim.birthDate());
        v.put("phone", victim.phone());
        var o = (ObjectNode) referral.get("offender");
        o.put("name", offender.name());
        o.put("phone", offender.phone());
        return referral.toString();
    }

    /** Posts as the Gangnam police (key 1) or the Mapo police (key 2); the case number. */
    static String referred(int port, String key, Victim victim, Offender offender) {
        var agency = key.equals(MAPO_KEY) ? "서울마포경찰서" : "서울강남경찰서";
        var response = ApiClient.withKey(port, key).post("/api/v1/referrals", referral(agency, victim, offender));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.body().replaceAll(".*\"caseNumber\":\"([^\"]+)\".*", "$1");
    }

    static <T> T eventually(Supplier<T> probe, Consumer<T> expectation) {
        var deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            var value = probe.get();
            try {
                expectation.accept(value);
                return value;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
