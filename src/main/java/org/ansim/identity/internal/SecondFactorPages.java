package org.ansim.identity.internal;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.ansim.identity.StaffPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the second-step pages need: a pending enrolment's secret and QR code, and recovery codes shown once. */
@Component
public class SecondFactorPages {

    public record Enrolment(String secret, String qrCode) {}

    private final StaffUsers users;
    private final SecondFactor secondFactor;

    SecondFactorPages(StaffUsers users, SecondFactor secondFactor) {
        this.users = users;
        this.secondFactor = secondFactor;
    }

    /** For an account without a second factor yet: the secret to enrol, kept in the session until confirmed. */
    @Transactional(readOnly = true)
    public Optional<Enrolment> pendingEnrolment(StaffPrincipal staff, HttpSession session) {
        var user = users.findByUsername(staff.username()).orElseThrow();
        if (user.hasTotp()) {
            return Optional.empty();
        }
        var secret = (String) session.getAttribute(SecondFactorAuthentication.PENDING_SECRET);
        if (secret == null) {
            secret = secondFactor.newSecret();
            session.setAttribute(SecondFactorAuthentication.PENDING_SECRET, secret);
        }
        return Optional.of(new Enrolment(secret, secondFactor.qrCode(staff.username(), secret)));
    }

    public Optional<List<?>> takeNewRecoveryCodes(HttpSession session) {
        var codes = (List<?>) session.getAttribute(SecondFactorAuthentication.NEW_RECOVERY_CODES);
        session.removeAttribute(SecondFactorAuthentication.NEW_RECOVERY_CODES);
        return Optional.ofNullable(codes);
    }
}
