package org.ansim.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PrivacyIntegrationTest
class MatchKeysTests {

    @Autowired
    MatchKeys matchKeys;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPhoneNumberMatchesHoweverItWasTyped() {
        var key = matchKeys.phone(PhoneNumber.parse("010-1234-5678"));

        assertThat(matchKeys.phone(PhoneNumber.parse("010 1234 5678"))).isEqualTo(key);
        assertThat(matchKeys.phone(PhoneNumber.parse("+82 10-1234-5678"))).isEqualTo(key);
        assertThat(matchKeys.phone(PhoneNumber.parse("01012345678"))).isEqualTo(key);
        assertThat(matchKeys.phone(PhoneNumber.parse("010-1234-5679"))).isNotEqualTo(key);
    }

    @Test
    void aNameMatchesAcrossSpacingHyphensCaseAndUnicodeForms() {
        var composed = Normalizer.normalize("김민지", Normalizer.Form.NFC);
        var decomposed = Normalizer.normalize("김민지", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        var key = matchKeys.name(composed);

        assertThat(matchKeys.name(decomposed)).isEqualTo(key);
        assertThat(matchKeys.name(" 김 민지 ")).isEqualTo(key);
        assertThat(matchKeys.name("김민-지")).isEqualTo(key);
        assertThat(matchKeys.name("김민지\u3000")).isEqualTo(key);
        assertThat(matchKeys.name("김민자")).isNotEqualTo(key);
        assertThat(matchKeys.name("Kim Min-ji")).isEqualTo(matchKeys.name("KIMMINJI"));
    }

    @Test
    void aBlankNameCannotBeMatched() {
        assertThatThrownBy(() -> matchKeys.name(" - ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void birthDatesAndIdentityNumbersMatchExactly() {
        assertThat(matchKeys.birthDate(LocalDate.of(1990, 1, 1)))
                .isEqualTo(matchKeys.birthDate(LocalDate.parse("1990-01-01")))
                .isNotEqualTo(matchKeys.birthDate(LocalDate.of(1990, 1, 2)));
        assertThat(matchKeys.identityNumber(IdentityNumber.parse("900101-2345678")))
                .isEqualTo(matchKeys.identityNumber(IdentityNumber.parse("9001012345678")));
    }

    @Test
    void keysOfDifferentPurposesNeverCollide() {
        assertThat(matchKeys.name("01012345678")).isNotEqualTo(matchKeys.phone(PhoneNumber.parse("01012345678")));
    }

    @Test
    void aPhoneNumberIsFoundInPostgresByItsMatchKeyAlone() {
        var id = UUID.randomUUID();
        jdbc.sql("insert into privacy_test_sample (id, phone_match) values (?, ?)")
                .params(id, matchKeys.phone(PhoneNumber.parse("010-9876-5432")).hex())
                .update();

        var found = jdbc.sql("select id from privacy_test_sample where phone_match = ?")
                .param(matchKeys.phone(PhoneNumber.parse("+82 10 9876 5432")).hex())
                .query(UUID.class)
                .list();

        assertThat(found).containsExactly(id);
    }
}
