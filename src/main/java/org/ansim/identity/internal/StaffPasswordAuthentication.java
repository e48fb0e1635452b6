package org.ansim.identity.internal;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password step. Spring Security adds the {@code FACTOR_PASSWORD} authority; this keeps the signed-in
 * {@link org.ansim.identity.StaffPrincipal} (not the account with its hash) in the session.
 */
class StaffPasswordAuthentication extends DaoAuthenticationProvider {

    StaffPasswordAuthentication(UserDetailsService accounts, PasswordEncoder passwords) {
        super(accounts);
        setPasswordEncoder(passwords);
    }

    @Override
    protected Authentication createSuccessAuthentication(
            Object principal, Authentication authentication, UserDetails user) {
        var result = (UsernamePasswordAuthenticationToken)
                super.createSuccessAuthentication(principal, authentication, user);
        var staff = ((StaffAccount) user).principal();
        var token = UsernamePasswordAuthenticationToken.authenticated(staff, null, result.getAuthorities());
        token.setDetails(result.getDetails());
        return token;
    }
}
