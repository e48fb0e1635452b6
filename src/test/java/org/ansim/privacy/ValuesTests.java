package org.ansim.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The sensitive value types without Spring: validation, normal form, masking. */
class ValuesTests {

    @Test
    void phoneNumbersAreNormalisedToDigits() {
        assertThat(PhoneNumber.parse("010-1234-5678").digits()).isEqualTo("01012345678");
        assertThat(PhoneNumber.parse("+82 10 1234 5678").digits()).isEqualTo("01012345678");
        assertThat(PhoneNumber.parse("(02) 123-4567").digits()).isEqualTo("021234567");
        assertThat(PhoneNumber.parse("031.123.4567").formatted()).isEqualTo("031-123-4567");
        assertThat(PhoneNumber.parse("0505-123-4567").formatted()).isEqualTo("0505-123-4567");
    }

    @Test
    void phoneNumbersOutsideKoreanNumberingAreRefusedWithoutRepeatingThem() {
        for (var wrong : new String[] {"1234", "010-123-456", "099-1234-5678", "+1 555 123 4567", "010-1234-5678x"}) {
            assertThatThrownBy(() -> PhoneNumber.parse(wrong))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining(wrong);
        }
    }

    @Test
    void aPhoneNumberIsMaskedInTextAndLists() {
        var phone = PhoneNumber.parse("010-1234-5678");

        assertThat(phone.masked()).isEqualTo("010-****-5678");
        assertThat(PhoneNumber.parse("02-123-4567").masked()).isEqualTo("02-***-4567");
        assertThat(phone.toString()).doesNotContain("1234");
    }

    @Test
    void anIdentityNumberIsCheckedForFormAndBirthDate() {
        var number = IdentityNumber.parse("900101-2345678");

        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(IdentityNumber.parse("0502284123456").birthDate()).isEqualTo(LocalDate.of(2005, 2, 28));
        assertThat(number.masked()).isEqualTo("900101-2******");
        for (var wrong : new String[] {"900101-234567", "901301-2345678", "900230-1234567", "90010A-2345678"}) {
            assertThatThrownBy(() -> IdentityNumber.parse(wrong))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining(wrong);
        }
    }

    @Test
    void anIdentityNumberNeverShowsInToString() {
        var number = IdentityNumber.parse("900101-2345678");

        assertThat(number.toString()).isEqualTo("IdentityNumber[******-*******]");
        assertThat("" + number).doesNotContain("900101");
    }

    @Test
    void anAddressShowsOnlyItsRegionWhenMasked() {
        var address = new Address(" 서울특별시 ", "강남구", "테헤란로 123, 4층");

        assertThat(address.masked()).isEqualTo("서울특별시 강남구 ***");
        assertThat(address.toString()).doesNotContain("테헤란로");
        assertThat(address.oneLine()).isEqualTo("서울특별시 강남구 테헤란로 123, 4층");
        assertThatThrownBy(() -> new Address("", "강남구", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNoteShowsOnlyItsLength() {
        var note = new SealedNote("피해자 진술: 가해자가 집 앞에서 기다림");

        assertThat(note.toString()).isEqualTo("SealedNote[22 chars]").doesNotContain("가해자");
        assertThatThrownBy(() -> new SealedNote(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSealedValueNamesItsKeyButNeverItsContent() {
        var ciphertext = new byte[] {1, 0x12, 0x34, 0x56, 0x78, 9, 9, 9, 9, 9, 9};
        var sealed = Sealed.of(SealedKind.ADDRESS, ciphertext);

        assertThat(sealed.keyId()).isEqualTo(0x12345678L);
        assertThat(sealed.toString()).isEqualTo("Sealed[address, key 305419896, 09090909…]");
        assertThatThrownBy(() -> Sealed.of(SealedKind.ADDRESS, new byte[] {0, 1, 2, 3, 4, 5}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void associatedDataRefusesSeparatorsThatCouldMakeTwoRecordsLookAlike() {
        assertThatThrownBy(() -> AssociatedData.of("case", "A|B", "address"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
