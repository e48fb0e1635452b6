package org.ansim.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.identity.CurrentStaff;
import org.ansim.identity.OrganisationId;
import org.ansim.identity.OrganisationKind;
import org.ansim.identity.Role;
import org.ansim.identity.Scope;
import org.ansim.identity.StaffPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's use cases on people, organisations and machine clients. Each change is audited, and every
 * right granted or revoked is written to the rights history.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class StaffDirectory {

    /** A key shown once, right after it was issued. */
    public record IssuedKey(UUID clientId, String name, String key) {}

    private final StaffUsers users;
    private final Organisations organisations;
    private final MachineClients clients;
    private final RightsHistory rights;
    private final PasswordRules passwordRules;
    private final PasswordEncoder passwords;
    private final SecondFactor secondFactor;
    private final AuditLog audit;
    private final Clock clock;

    StaffDirectory(
            StaffUsers users,
            Organisations organisations,
            MachineClients clients,
            RightsHistory rights,
            PasswordRules passwordRules,
            PasswordEncoder passwords,
            SecondFactor secondFactor,
            AuditLog audit,
            Clock clock) {
        this.users = users;
        this.organisations = organisations;
        this.clients = clients;
        this.rights = rights;
        this.passwordRules = passwordRules;
        this.passwords = passwords;
        this.secondFactor = secondFactor;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<StaffUser> users() {
        return users.findAllByOrderByUsername();
    }

    @Transactional(readOnly = true)
    public List<Organisation> organisations() {
        return organisations.findAllByOrderByKindAscNameAsc();
    }

    @Transactional(readOnly = true)
    public List<MachineClient> clients() {
        return clients.findAllByOrderByCreatedAtDesc();
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> findOrganisation(UUID id) {
        return organisations.findById(id);
    }

    @Transactional
    public Organisation registerOrganisation(String name, OrganisationKind kind, String district) {
        if (organisations.findByName(name.strip()).isPresent()) {
            throw new DirectoryConflict("identity.organisation.exists");
        }
        var organisation =
                organisations.save(new Organisation(name.strip(), kind, blankToNull(district), clock.instant()));
        audit.record(AuditAction.CREATE, AuditSubject.of("organisation", organisation.id()));
        return organisation;
    }

    @Transactional
    public StaffUser registerUser(
            String username, String displayName, Role role, OrganisationId organisation, String password) {
        var name = username.strip();
        if (users.findByUsername(name).isPresent()) {
            throw new DirectoryConflict("identity.user.exists");
        }
        organisations
                .findById(organisation.value())
                .orElseThrow(() -> new DirectoryConflict("identity.organisation.unknown"));
        var problems = passwordRules.problems(name, password);
        if (!problems.isEmpty()) {
            throw new DirectoryConflict(problems.getFirst());
        }
        var user = users.save(new StaffUser(
                name, displayName.strip(), role, organisation, passwords.encode(password), true, clock.instant()));
        rights.granted("USER", user.id().value(), name, role.authority(), actor());
        audit.record(AuditAction.CREATE, AuditSubject.of("staff-user", user.id()));
        return user;
    }

    @Transactional
    public void changeRole(UUID userId, Role role) {
        var user = user(userId);
        var previous = user.changeRole(role);
        if (previous != role) {
            rights.revoked("USER", userId, user.username(), previous.authority(), actor());
            rights.granted("USER", userId, user.username(), role.authority(), actor());
            audit.record(AuditAction.CHANGE, AuditSubject.of("staff-user", userId), "role");
        }
    }

    @Transactional
    public void disable(UUID userId) {
        var user = user(userId);
        if (user.enabled()) {
            user.disable();
            rights.revoked("USER", userId, user.username(), user.role().authority(), actor());
            audit.record(AuditAction.CHANGE, AuditSubject.of("staff-user", userId), "disabled");
        }
    }

    @Transactional
    public void enable(UUID userId) {
        var user = user(userId);
        if (!user.enabled()) {
            user.enable();
            rights.granted("USER", userId, user.username(), user.role().authority(), actor());
            audit.record(AuditAction.CHANGE, AuditSubject.of("staff-user", userId), "enabled");
        }
    }

    @Transactional
    public void unlock(UUID userId) {
        user(userId).unlock();
        audit.record(AuditAction.CHANGE, AuditSubject.of("staff-user", userId), "unlocked");
    }

    @Transactional
    public void resetSecondFactor(UUID userId) {
        secondFactor.reset(user(userId));
        audit.record(AuditAction.CHANGE, AuditSubject.of("staff-user", userId), "second factor reset");
    }

    @Transactional
    public IssuedKey issueKey(String name, OrganisationId organisation, Set<Scope> scopes) {
        organisations
                .findById(organisation.value())
                .orElseThrow(() -> new DirectoryConflict("identity.organisation.unknown"));
        if (scopes.isEmpty()) {
            throw new DirectoryConflict("identity.client.no-scope");
        }
        var key = ClientKey.generate();
        var client = clients.save(new MachineClient(name.strip(), organisation, key, scopes, clock.instant(), actor()));
        scopes.forEach(scope -> rights.granted("CLIENT", client.id(), client.name(), scope.authority(), actor()));
        audit.record(AuditAction.CREATE, AuditSubject.of("machine-client", client.id()));
        return new IssuedKey(client.id(), client.name(), key.value());
    }

    @Transactional
    public void revokeKey(UUID clientId) {
        var client = clients.findById(clientId).orElseThrow(() -> new DirectoryConflict("identity.client.unknown"));
        if (!client.isActive()) {
            return;
        }
        client.revoke(clock.instant(), actor());
        client.scopes().forEach(scope -> rights.revoked("CLIENT", clientId, client.name(), scope.authority(), actor()));
        audit.record(AuditAction.CHANGE, AuditSubject.of("machine-client", clientId), "revoked");
    }

    private StaffUser user(UUID id) {
        return users.findById(id).orElseThrow(() -> new DirectoryConflict("identity.user.unknown"));
    }

    private static String actor() {
        return CurrentStaff.find().map(StaffPrincipal::username).orElse("system");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
