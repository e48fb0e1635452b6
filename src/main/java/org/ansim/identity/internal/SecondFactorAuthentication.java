package org.ansim.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.ansim.identity.StaffPrincipal;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The second step of sign-in: {@code POST /login/totp} with a TOTP or recovery code. With Spring Security's
 * multi-factor support on, the {@code FACTOR_TOTP} authority it grants is added to the password step's
 * authentication.
 */
final class SecondFactorAuthentication {

    static final String FACTOR = "FACTOR_TOTP";
    static final String PENDING_SECRET = SecondFactorAuthentication.class.getName() + ".PENDING_SECRET";
    static final String NEW_RECOVERY_CODES = SecondFactorAuthentication.class.getName() + ".RECOVERY_CODES";
    static final String USERNAME = SecondFactorAuthentication.class.getName() + ".USERNAME";

    private SecondFactorAuthentication() {}

    /** The code typed by the user, with what the filter knew of her pending enrolment. */
    static final class CodeToken extends UsernamePasswordAuthenticationToken {
        final String pendingSecret;

        CodeToken(StaffPrincipal principal, String code, String pendingSecret) {
            super(principal, code);
            this.pendingSecret = pendingSecret;
        }
    }

    static final class Filter extends AbstractAuthenticationProcessingFilter {

        Filter(AuthenticationManager manager) {
            super(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login/totp"), manager);
            setMfaEnabled(true);
        }

        @Override
        public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response) {
            var current = SecurityContextHolder.getContext().getAuthentication();
            if (current == null || !(current.getPrincipal() instanceof StaffPrincipal staff)) {
                throw new InsufficientAuthenticationException("Sign in with your password first");
            }
            request.setAttribute(USERNAME, staff.username());
            var session = request.getSession(false);
            var pending = session == null ? null : (String) session.getAttribute(PENDING_SECRET);
            var code = request.getParameter("code");
            return getAuthenticationManager().authenticate(new CodeToken(staff, code == null ? "" : code, pending));
        }
    }

    static final class Provider implements AuthenticationProvider {

        private final StaffUsers users;
        private final SecondFactor secondFactor;
        private final java.time.Clock clock;

        Provider(StaffUsers users, SecondFactor secondFactor, java.time.Clock clock) {
            this.users = users;
            this.secondFactor = secondFactor;
            this.clock = clock;
        }

        @Override
        public Authentication authenticate(Authentication authentication) throws AuthenticationException {
            var token = (CodeToken) authentication;
            var staff = (StaffPrincipal) token.getPrincipal();
            var code = String.valueOf(token.getCredentials());
            var user = users.findByUsername(staff.username())
                    .filter(StaffUser::enabled)
                    .orElseThrow(() -> new BadCredentialsException("Account not available"));
            if (user.isLockedAt(clock.instant())) {
                throw new org.springframework.security.authentication.LockedException("Account locked");
            }
            List<String> recoveryCodes = List.of();
            if (user.hasTotp()) {
                if (!verified(user, code)) {
                    throw new BadCredentialsException("Wrong code");
                }
            } else {
                if (token.pendingSecret == null) {
                    throw new BadCredentialsException("No enrolment in progress");
                }
                recoveryCodes = secondFactor.enrol(user, token.pendingSecret, code);
                if (recoveryCodes.isEmpty()) {
                    throw new BadCredentialsException("Wrong code");
                }
            }
            var principal = new StaffPrincipal(
                    staff.id(),
                    staff.username(),
                    staff.displayName(),
                    staff.role(),
                    staff.organisationId(),
                    staff.organisationName(),
                    true);
            var result = UsernamePasswordAuthenticationToken.authenticated(
                    principal, null, List.of(FactorGrantedAuthority.fromAuthority(FACTOR)));
            result.setDetails(recoveryCodes);
            return result;
        }

        /** The same code sent twice at once: one wins, the other is a wrong code. */
        private boolean verified(StaffUser user, String code) {
            try {
                return secondFactor.verify(user, code);
            } catch (org.springframework.dao.OptimisticLockingFailureException concurrentUse) {
                return false;
            }
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return CodeToken.class.isAssignableFrom(authentication);
        }
    }
}
