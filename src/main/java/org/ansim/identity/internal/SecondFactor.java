package org.ansim.identity.internal;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.ansim.privacy.AssociatedData;
import org.ansim.privacy.RevealReason;
import org.ansim.privacy.Sealed;
import org.ansim.privacy.SealedKind;
import org.ansim.privacy.SealedNote;
import org.ansim.privacy.SealedValues;
import org.ansim.privacy.SystemProcess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The TOTP second factor (RFC 6238, as authenticator apps do it): enrolment with a QR code, verification of codes,
 * and single-use recovery codes. The TOTP arithmetic is the {@code dev.samstevens.totp} library's.
 */
@Component
class SecondFactor {

    static final String ISSUER = "Ansim";
    private static final int PERIOD_SECONDS = 30;
    private static final int RECOVERY_CODES = 10;

    private static final SystemProcess SIGN_IN = new SystemProcess("sign-in");
    private static final RevealReason CHECK = new RevealReason("second-factor check");

    private final StaffUsers users;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SealedValues sealedValues;
    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1);

    SecondFactor(StaffUsers users, JdbcClient jdbc, Clock clock, SealedValues sealedValues) {
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
        this.sealedValues = sealedValues;
    }

    /** A fresh secret for an enrolment that has not been confirmed yet. */
    String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** The QR code an authenticator app scans, as a data URI. */
    String qrCode(String username, String secret) {
        var data = new QrData.Builder()
                .label(username)
                .secret(secret)
                .issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(6)
                .period(PERIOD_SECONDS)
                .build();
        try {
            var generator = new ZxingPngQrGenerator();
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code could not be drawn", e);
        }
    }

    /**
     * The time step (30-second window) whose code this is, allowing one window of clock drift either way; empty if the
     * code is wrong.
     */
    OptionalLong matchingStep(String secret, String code) {
        if (code == null || !code.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        var now = Math.floorDiv(clock.instant().getEpochSecond(), PERIOD_SECONDS);
        for (long step = now - 1; step <= now + 1; step++) {
            try {
                if (MessageDigest.isEqual(
                        codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII),
                        code.getBytes(StandardCharsets.US_ASCII))) {
                    return OptionalLong.of(step);
                }
            } catch (CodeGenerationException e) {
                throw new IllegalStateException("TOTP code could not be computed", e);
            }
        }
        return OptionalLong.empty();
    }

    /** Verifies a code (or a recovery code) for an enrolled account. */
    @Transactional
    boolean verify(StaffUser user, String code) {
        var secret = user.totpSecret()
                .map(bytes -> sealedValues
                        .revealAsSystem(Sealed.of(SealedKind.NOTE, bytes), where(user), SIGN_IN, CHECK)
                        .text());
        if (secret.isEmpty() || code == null) {
            return false;
        }
        var trimmed = code.strip().replace(" ", "");
        if (trimmed.matches("\\d{6}")) {
            var step = matchingStep(secret.get(), trimmed);
            var managed = users.findById(user.id().value()).orElseThrow();
            return step.isPresent() && managed.acceptTotpStep(step.getAsLong());
        }
        return useRecoveryCode(user, trimmed);
    }

    /** Confirms an enrolment: the code proves the app holds the secret. Returns the recovery codes, shown once. */
    @Transactional
    List<String> enrol(StaffUser user, String secret, String code) {
        var step = matchingStep(secret, code == null ? null : code.strip());
        if (step.isEmpty()) {
            return List.of();
        }
        user.acceptTotpStep(step.getAsLong());
        user.enrolTotp(sealedValues.seal(new SealedNote(secret), where(user)).ciphertext());
        users.save(user);
        return newRecoveryCodes(user);
    }

    /** The TOTP secret is sealed like any sensitive value, bound to its account. */
    private static AssociatedData where(StaffUser user) {
        return AssociatedData.of("staff-user", user.id().value(), "totp-secret");
    }

    private List<String> newRecoveryCodes(StaffUser user) {
        jdbc.sql("DELETE FROM identity_recovery_code WHERE user_id = ?")
                .param(user.id().value())
                .update();
        var codes = Arrays.asList(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
        for (var code : codes) {
            jdbc.sql("INSERT INTO identity_recovery_code (id, user_id, code_hash) VALUES (?, ?, ?)")
                    .params(UUID.randomUUID(), user.id().value(), ClientKey.sha256(code))
                    .update();
        }
        return codes;
    }

    private boolean useRecoveryCode(StaffUser user, String code) {
        var used = jdbc.sql("""
                        UPDATE identity_recovery_code SET used_at = ?
                         WHERE user_id = ? AND code_hash = ? AND used_at IS NULL
                        """)
                .params(java.sql.Timestamp.from(clock.instant()), user.id().value(), ClientKey.sha256(code))
                .update();
        return used == 1;
    }

    @Transactional
    void reset(StaffUser user) {
        user.resetTotp();
        jdbc.sql("DELETE FROM identity_recovery_code WHERE user_id = ?")
                .param(user.id().value())
                .update();
    }
}
