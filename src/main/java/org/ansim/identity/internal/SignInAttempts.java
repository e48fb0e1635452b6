package org.ansim.identity.internal;

import java.time.Clock;
import java.time.Duration;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.settings.PolicySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records each sign-in attempt on the account and in the audit log, and locks an account after too many failures
 * (the limit and the lock-out time are policy settings).
 */
@Component
class SignInAttempts {

    static final String MAX_ATTEMPTS = "identity.lockout.attempts";
    static final String LOCKOUT_MINUTES = "identity.lockout.minutes";
    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    private final StaffUsers users;
    private final AuditLog audit;
    private final PolicySettings settings;
    private final Clock clock;

    SignInAttempts(StaffUsers users, AuditLog audit, PolicySettings settings, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public void failed(String username, String step) {
        var name = username == null ? "" : username.strip();
        var subject = AuditSubject.of("staff-user", name.isEmpty() ? "(blank)" : name);
        users.findByUsername(name)
                .ifPresentOrElse(
                        user -> {
                            var policy = new SignInPolicy(
                                    (int) settings.numberToday(MAX_ATTEMPTS),
                                    Duration.ofMinutes(settings.numberToday(LOCKOUT_MINUTES)));
                            if (user.recordFailedSignIn(clock.instant(), policy)) {
                                log.warn(
                                        "Account {} locked after {} failed attempts", user.id(), user.failedAttempts());
                            }
                        },
                        () -> log.info("Sign-in attempt for an unknown account"));
        audit.recordAs(name.isEmpty() ? "(blank)" : name, "USER", null, AuditAction.SIGN_IN_FAILURE, subject, step);
    }

    @Transactional
    public void succeeded(String username) {
        users.findByUsername(username).ifPresent(user -> user.recordSuccessfulSignIn(clock.instant()));
        audit.record(AuditAction.SIGN_IN, AuditSubject.of("staff-user", username));
    }
}
