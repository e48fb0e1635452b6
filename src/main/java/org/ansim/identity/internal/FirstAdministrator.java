package org.ansim.identity.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.database.DemoMode;
import org.ansim.identity.OrganisationKind;
import org.ansim.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outside demo mode, while no administrator exists, a one-time setup token is printed to the log; whoever holds it
 * creates the first administrator at {@code /setup}, and the token is spent.
 */
@Component
@Order(20)
public class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DemoMode demo;
    private final StaffUsers users;
    private final Organisations organisations;
    private final PasswordRules passwordRules;
    private final PasswordEncoder passwords;
    private final RightsHistory rights;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    FirstAdministrator(
            DemoMode demo,
            StaffUsers users,
            Organisations organisations,
            PasswordRules passwordRules,
            PasswordEncoder passwords,
            RightsHistory rights,
            AuditLog audit,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock) {
        this.demo = demo;
        this.users = users;
        this.organisations = organisations;
        this.passwordRules = passwordRules;
        this.passwords = passwords;
        this.rights = rights;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo.enabled() || users.existsByRole(Role.ADMIN)) {
            return;
        }
        var token = issueToken();
        log.warn("No administrator exists yet. Create the first one at /setup with this one-time token: {}", token);
    }

    /** A new token; any earlier unused one stops working. */
    String issueToken() {
        var bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        transactions.executeWithoutResult(status -> {
            jdbc.sql("UPDATE identity_setup_token SET used_at = ? WHERE used_at IS NULL")
                    .param(Timestamp.from(clock.instant()))
                    .update();
            jdbc.sql("INSERT INTO identity_setup_token (id, token_hash, created_at) VALUES (?, ?, ?)")
                    .params(UUID.randomUUID(), ClientKey.sha256(token), Timestamp.from(clock.instant()))
                    .update();
        });
        return token;
    }

    public boolean isOpen() {
        return !users.existsByRole(Role.ADMIN);
    }

    /** Creates the first administrator if the token is valid and unused; returns the problem's message key if not. */
    @Transactional
    public Optional<String> create(
            String token, String organisationName, String username, String displayName, String password) {
        if (!isOpen()) {
            return Optional.of("identity.setup.closed");
        }
        var spent = jdbc.sql("UPDATE identity_setup_token SET used_at = ? WHERE token_hash = ? AND used_at IS NULL")
                .params(Timestamp.from(clock.instant()), ClientKey.sha256(token == null ? "" : token.strip()))
                .update();
        if (spent != 1) {
            return Optional.of("identity.setup.bad-token");
        }
        var problems = passwordRules.problems(username, password);
        if (!problems.isEmpty()) {
            throw new DirectoryConflict(problems.getFirst());
        }
        var organisation = organisations
                .findByName(organisationName.strip())
                .orElseGet(() -> organisations.save(
                        new Organisation(organisationName.strip(), OrganisationKind.CITY_UNIT, null, clock.instant())));
        var user = users.save(new StaffUser(
                username.strip(),
                displayName.strip(),
                Role.ADMIN,
                organisation.id(),
                passwords.encode(password),
                true,
                clock.instant()));
        rights.granted("USER", user.id().value(), user.username(), Role.ADMIN.authority(), "setup-token");
        audit.recordAs(
                "setup-token",
                "SYSTEM",
                organisation.name(),
                AuditAction.CREATE,
                AuditSubject.of("staff-user", user.id()),
                "first administrator");
        return Optional.empty();
    }
}
