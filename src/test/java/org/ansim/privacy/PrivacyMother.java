package org.ansim.privacy;

import java.util.UUID;

/** Synthetic sensitive values for tests; no real person's data. */
final class PrivacyMother {

    private PrivacyMother() {}

    static Address gangnamAddress() {
        return new Address("서울특별시", "강남구", "테헤란로 123, 4층");
    }

    static PhoneNumber mobile() {
        return PhoneNumber.parse("010-1234-5678");
    }

    /** A form-valid synthetic number (born 1990-01-01). */
    static IdentityNumber identityNumber() {
        return IdentityNumber.parse("900101-2345678");
    }

    static SealedNote counsellingNote() {
        return new SealedNote("피해자는 퇴근길에 가해자가 따라온다고 진술함. 다음 상담 일정 협의.");
    }

    static RevealReason reason() {
        return new RevealReason("사례 회의 준비를 위해 주소 확인");
    }

    static AssociatedData caseField(String field) {
        return AssociatedData.of(
                "case", "STK-2026-" + UUID.randomUUID().toString().substring(0, 8), field);
    }
}
