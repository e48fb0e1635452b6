package org.ansim.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ansim.identity.Role;
import org.ansim.identity.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Staff accounts and machine clients made to measure for a test, each with a fresh name. */
@Component
public class IdentityMother {

    public record TestUser(String username, String password) {}

    public static final String PASSWORD = "Correct-horse-42!";

    private final StaffUsers users;
    private final Organisations organisations;
    private final MachineClients clients;
    private final PasswordEncoder passwords;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    IdentityMother(
            StaffUsers users,
            Organisations organisations,
            MachineClients clients,
            PasswordEncoder passwords,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock) {
        this.users = users;
        this.organisations = organisations;
        this.clients = clients;
        this.passwords = passwords;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    public TestUser caseManagerWithoutSecondFactor() {
        return user(Role.CASE_MANAGER, false);
    }

    public TestUser caseManagerWhoMustEnrolASecondFactor() {
        return user(Role.CASE_MANAGER, true);
    }

    public TestUser user(Role role, boolean secondFactorRequired) {
        var username = "t-" + role.name().toLowerCase().replace('_', '-') + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        transactions.executeWithoutResult(status -> {
            var organisation = organisations.findByName(DemoAccounts.CITY_UNIT).orElseThrow();
            users.save(new StaffUser(
                    username,
                    "테스트 " + username,
                    role,
                    organisation.id(),
                    passwords.encode(PASSWORD),
                    secondFactorRequired,
                    clock.instant()));
        });
        return new TestUser(username, PASSWORD);
    }

    /** Issues a key for a fresh client of the given organisation; returns the clear key. */
    public String clientKey(String organisationName, Scope... scopes) {
        var key = ClientKey.generate();
        transactions.executeWithoutResult(status -> {
            var organisation = organisations.findByName(organisationName).orElseThrow();
            clients.save(new MachineClient(
                    "test-client-" + key.prefix(), organisation.id(), key, Set.of(scopes), clock.instant(), "test"));
        });
        return key.value();
    }

    public void revoke(String key) {
        transactions.executeWithoutResult(status ->
                clients.findByKeyHash(ClientKey.sha256(key)).orElseThrow().revoke(clock.instant(), "test"));
    }

    public Optional<Instant> lockedUntil(String username) {
        return transactions.execute(
                status -> users.findByUsername(username).orElseThrow().lockedUntil());
    }

    public Optional<Instant> lastUse(String key) {
        return transactions.execute(status ->
                clients.findByKeyHash(ClientKey.sha256(key)).orElseThrow().lastUsedAt());
    }

    public void movePastLockOut(String username) {
        jdbc.sql("UPDATE identity_staff_user SET locked_until = ? WHERE username = ?")
                .params(Timestamp.from(clock.instant().minusSeconds(1)), username)
                .update();
    }

    public byte[] storedTotpSecret(String username) {
        return jdbc.sql("SELECT totp_secret FROM identity_staff_user WHERE username = ?")
                .param(username)
                .query(byte[].class)
                .single();
    }

    public boolean hasSecondFactor(String username) {
        return transactions.execute(
                status -> users.findByUsername(username).orElseThrow().hasTotp());
    }
}
