package org.ansim.safety.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ansim.identity.BearerCredentials;
import org.ansim.safety.PhonePrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Authenticates an enrolled phone's device token on {@code /api/**}: the token's hash finds the phone; a revoked
 * phone is refused (401); a token with the device prefix that no phone has is refused too; anything else is left to
 * the machine keys. Each use notes when the phone was last seen (at most once a minute, by a conditional update).
 */
@Component
class PhoneTokens implements BearerCredentials {

    private static final Duration LAST_SEEN_STEP = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    PhoneTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Found(UUID id, String caseNumber, boolean revoked) {}

    @Override
    public Optional<Authentication> authenticate(String token) {
        var found = jdbc.sql("SELECT id, case_number, revoked_at IS NOT NULL FROM safety_phone WHERE token_hash = ?")
                .param(Secrets.sha256(token))
                .query((rs, n) -> new Found(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3)))
                .optional();
        if (found.isEmpty()) {
            if (token.startsWith(Secrets.TOKEN_PREFIX)) {
                throw new BadCredentialsException("Unknown device token");
            }
            return Optional.empty();
        }
        var phone = found.get();
        if (phone.revoked()) {
            throw new BadCredentialsException("Revoked device token");
        }
        var now = clock.instant();
        jdbc.sql("""
                        UPDATE safety_phone SET last_seen_at = :now
                         WHERE id = :id AND (last_seen_at IS NULL OR last_seen_at < :cutoff)""")
                .param("now", Timestamp.from(now))
                .param("id", phone.id())
                .param("cutoff", Timestamp.from(now.minus(LAST_SEEN_STEP)))
                .update();
        return Optional.of(new PhoneAuthentication(new PhonePrincipal(phone.id(), phone.caseNumber())));
    }

    /** An authenticated phone. */
    static final class PhoneAuthentication extends AbstractAuthenticationToken {

        private final PhonePrincipal principal;

        PhoneAuthentication(PhonePrincipal principal) {
            super(List.<GrantedAuthority>of(
                    new SimpleGrantedAuthority(PhonePrincipal.AUTHORITY),
                    FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.BEARER_AUTHORITY)));
            this.principal = principal;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return principal;
        }
    }
}
