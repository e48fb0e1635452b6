package org.ansim.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.privacy.internal.Keyring;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@PrivacyIntegrationTest
@WithMockUser(username = "demo-case-manager", roles = "CASE_MANAGER")
class SealedValuesTests {

    @Autowired
    SealedValues sealedValues;

    @Autowired
    Keyring keyring;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JsonMapper jsonMapper;

    @Test
    void everyKindSurvivesARoundTripThroughPostgresWithJpa() {
        var id = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            var sample = new SampleRecord(id);
            sample.address = sealedValues.seal(PrivacyMother.gangnamAddress(), sample.where("address"));
            sample.phone = sealedValues.seal(PrivacyMother.mobile(), sample.where("phone"));
            sample.identityNumber = sealedValues.seal(PrivacyMother.identityNumber(), sample.where("identity-number"));
            sample.note = sealedValues.seal(PrivacyMother.counsellingNote(), sample.where("note"));
            entityManager.persist(sample);
        });

        var loaded = transactions.execute(status -> entityManager.find(SampleRecord.class, id));
        var reason = PrivacyMother.reason();

        assertThat(sealedValues.reveal(loaded.address, loaded.where("address"), reason))
                .isEqualTo(PrivacyMother.gangnamAddress());
        assertThat(sealedValues.reveal(loaded.phone, loaded.where("phone"), reason))
                .isEqualTo(PrivacyMother.mobile());
        assertThat(sealedValues.reveal(loaded.identityNumber, loaded.where("identity-number"), reason))
                .isEqualTo(PrivacyMother.identityNumber());
        assertThat(sealedValues.reveal(loaded.note, loaded.where("note"), reason))
                .isEqualTo(PrivacyMother.counsellingNote());
    }

    @Test
    void theColumnsHoldOnlyCiphertext() {
        var id = UUID.randomUUID();
        var where = AssociatedData.of("sample", id, "address");
        var sealed = sealedValues.seal(PrivacyMother.gangnamAddress(), where);
        jdbc.sql("insert into privacy_test_sample (id, address) values (?, ?)")
                .params(id, sealed.ciphertext())
                .update();

        var stored = jdbc.sql("select address from privacy_test_sample where id = ?")
                .param(id)
                .query(byte[].class)
                .single();

        assertThat(new String(stored, java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("테헤란로")
                .doesNotContain("강남구");
        assertThat(sealedValues.reveal(Sealed.of(SealedKind.ADDRESS, stored), where, PrivacyMother.reason()))
                .isEqualTo(PrivacyMother.gangnamAddress());
    }

    @Test
    void aCiphertextMovedToAnotherRecordDoesNotOpen() {
        var sealed = sealedValues.seal(PrivacyMother.mobile(), AssociatedData.of("case", "STK-2026-000001", "phone"));

        assertThatThrownBy(() -> sealedValues.reveal(
                        sealed, AssociatedData.of("case", "STK-2026-000002", "phone"), PrivacyMother.reason()))
                .isInstanceOf(SealedValueUnreadable.class)
                .hasMessageContaining("STK-2026-000002")
                .hasMessageNotContaining("5678");
        verifyNoInteractions(auditLog);
    }

    @Test
    void aCiphertextMovedToAnotherFieldOrKindDoesNotOpen() {
        var where = PrivacyMother.caseField("phone");
        var sealed = sealedValues.seal(PrivacyMother.mobile(), where);

        var otherField = new AssociatedData(where.recordType(), where.recordId(), "guardian-phone");
        assertThatThrownBy(() -> sealedValues.reveal(sealed, otherField, PrivacyMother.reason()))
                .isInstanceOf(SealedValueUnreadable.class);
        var asNote = Sealed.of(SealedKind.NOTE, sealed.ciphertext());
        assertThatThrownBy(() -> sealedValues.reveal(asNote, where, PrivacyMother.reason()))
                .isInstanceOf(SealedValueUnreadable.class);
    }

    @Test
    void aTamperedCiphertextDoesNotOpen() {
        var where = PrivacyMother.caseField("address");
        var ciphertext =
                sealedValues.seal(PrivacyMother.gangnamAddress(), where).ciphertext();
        ciphertext[ciphertext.length - 20] ^= 0x01;

        assertThatThrownBy(() ->
                        sealedValues.reveal(Sealed.of(SealedKind.ADDRESS, ciphertext), where, PrivacyMother.reason()))
                .isInstanceOf(SealedValueUnreadable.class);
    }

    @Test
    void sealingTheSameValueTwiceGivesDifferentCiphertexts() {
        var where = PrivacyMother.caseField("address");

        assertThat(sealedValues.seal(PrivacyMother.gangnamAddress(), where))
                .isNotEqualTo(sealedValues.seal(PrivacyMother.gangnamAddress(), where));
    }

    @Test
    void afterRotationOldValuesStillOpenAndNewOnesUseTheNewKey() {
        var where = PrivacyMother.caseField("address");
        var before = sealedValues.seal(PrivacyMother.gangnamAddress(), where);

        var newKey = keyring.rotate();
        var after = sealedValues.seal(PrivacyMother.gangnamAddress(), where);

        assertThat(before.keyId()).isNotEqualTo(newKey.id());
        assertThat(after.keyId()).isEqualTo(newKey.id());
        assertThat(keyring.hasAeadKey(before.keyId())).isTrue();
        assertThat(sealedValues.reveal(before, where, PrivacyMother.reason()))
                .isEqualTo(PrivacyMother.gangnamAddress());
        assertThat(sealedValues.reveal(after, where, PrivacyMother.reason())).isEqualTo(PrivacyMother.gangnamAddress());
    }

    @Test
    void resealingMovesAnOldValueToTheNewKeyWithoutARevealEntry() {
        var where = PrivacyMother.caseField("phone");
        var old = sealedValues.seal(PrivacyMother.mobile(), where);
        var newKey = keyring.rotate();

        var resealed = sealedValues.reseal(old, where);

        assertThat(resealed.keyId()).isEqualTo(newKey.id()).isNotEqualTo(old.keyId());
        verifyNoInteractions(auditLog);
        assertThat(sealedValues.reveal(resealed, where, PrivacyMother.reason())).isEqualTo(PrivacyMother.mobile());
    }

    @Test
    void revealWritesARevealEntryWithTheReasonForTheRecord() {
        var where = AssociatedData.of("case", "STK-2026-000123", "address");
        var sealed = sealedValues.seal(PrivacyMother.gangnamAddress(), where);

        sealedValues.reveal(sealed, where, new RevealReason("  사례 회의 준비를 위해 주소 확인  "));

        verify(auditLog)
                .record(
                        AuditAction.REVEAL,
                        new AuditSubject("case", "STK-2026-000123"),
                        "사례 회의 준비를 위해 주소 확인 [address]");
    }

    @Test
    void revealCanBeAuditedAgainstAnotherSubject() {
        var where = AssociatedData.of("person", "P-42", "phone");
        var sealed = sealedValues.seal(PrivacyMother.mobile(), where);
        var theCase = new AuditSubject("case", "STK-2026-000124");

        sealedValues.reveal(sealed, where, theCase, PrivacyMother.reason());

        verify(auditLog).record(eq(AuditAction.REVEAL), eq(theCase), anyString());
    }

    @Test
    void aRevealNeedsAReasonOfFiveToFiveHundredCharacters() {
        assertThatThrownBy(() -> new RevealReason("   ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RevealReason("확인")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RevealReason("가".repeat(501))).isInstanceOf(IllegalArgumentException.class);
        var where = PrivacyMother.caseField("address");
        var sealed = sealedValues.seal(PrivacyMother.gangnamAddress(), where);

        assertThatThrownBy(() -> sealedValues.reveal(sealed, where, null)).isInstanceOf(NullPointerException.class);
        verifyNoInteractions(auditLog);
    }

    @Test
    @WithAnonymousUser
    void revealWithoutASignedInPersonIsRefused() {
        var where = PrivacyMother.caseField("address");
        var sealed = sealedValues.seal(PrivacyMother.gangnamAddress(), where);

        assertThatThrownBy(() -> sealedValues.reveal(sealed, where, PrivacyMother.reason()))
                .isInstanceOf(AccessDeniedException.class);
        verify(auditLog, never()).record(any(), any(), any());
    }

    @Test
    void aSystemProcessRevealIsAuditedAsSystem() {
        var where = PrivacyMother.caseField("address");
        var sealed = sealedValues.seal(PrivacyMother.gangnamAddress(), where);

        var address = sealedValues.revealAsSystem(
                sealed, where, new SystemProcess("referral-to-police"), new RevealReason("경찰 연계 요청서 발송"));

        assertThat(address).isEqualTo(PrivacyMother.gangnamAddress());
        verify(auditLog)
                .recordAs(
                        "system:referral-to-police",
                        "SYSTEM",
                        null,
                        AuditAction.REVEAL,
                        where.subject(),
                        "경찰 연계 요청서 발송 [address]");
    }

    @Test
    void anIdentityNumberNeverShowsInTextOrJson() {
        var identityNumber = PrivacyMother.identityNumber();
        record Person(String name, IdentityNumber identityNumber) {}
        var sealed = sealedValues.seal(identityNumber, PrivacyMother.caseField("identity-number"));

        assertThat(identityNumber.toString()).doesNotContain("900101").doesNotContain("2345678");
        assertThat(jsonMapper.writeValueAsString(new Person("김민지", identityNumber)))
                .doesNotContain("900101")
                .doesNotContain("2345678")
                .contains("******-*******");
        assertThat(sealed.toString()).doesNotContain("900101").startsWith("Sealed[identity-number");
    }
}
