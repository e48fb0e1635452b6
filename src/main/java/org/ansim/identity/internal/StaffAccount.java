package org.ansim.identity.internal;

import java.util.Collection;
import java.util.List;
import org.ansim.identity.StaffPrincipal;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A staff user as Spring Security's password check sees her; after sign-in only the {@link StaffPrincipal} stays. */
final class StaffAccount implements UserDetails, CredentialsContainer {

    private final StaffPrincipal principal;
    private String passwordHash;
    private final boolean enabled;
    private final boolean locked;

    StaffAccount(StaffPrincipal principal, String passwordHash, boolean enabled, boolean locked) {
        this.principal = principal;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
    }

    StaffPrincipal principal() {
        return principal;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(principal.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return principal.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
