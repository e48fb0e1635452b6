package org.ansim.identity.internal;

import java.time.Clock;
import org.ansim.identity.StaffPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads staff accounts for the password check. */
@Component
class StaffAccounts implements UserDetailsService {

    private final StaffUsers users;
    private final Organisations organisations;
    private final Clock clock;

    StaffAccounts(StaffUsers users, Organisations organisations, Clock clock) {
        this.users = users;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var user = users.findByUsername(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new StaffAccount(
                principalOf(user), user.passwordHash(), user.enabled(), user.isLockedAt(clock.instant()));
    }

    StaffPrincipal principalOf(StaffUser user) {
        var organisation = organisations.findById(user.organisationId().value()).orElseThrow();
        return new StaffPrincipal(
                user.id(),
                user.username(),
                user.displayName(),
                user.role(),
                organisation.id(),
                organisation.name(),
                user.needsSecondFactor());
    }
}
