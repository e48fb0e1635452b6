package org.ansim.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.ansim.identity.BearerCredentials;
import org.ansim.identity.ClientPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Machine clients send {@code Authorization: Bearer <key>}. The key's hash finds the client; a revoked or unknown
 * key is refused (401), and each use is logged and noted as the client's last use.
 */
final class ClientKeyAuthentication {

    private static final Logger uses = LoggerFactory.getLogger("ansim.client-use");

    private ClientKeyAuthentication() {}

    static boolean isBearer(HttpServletRequest request) {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** The presented key before it is checked. */
    static final class KeyToken extends AbstractAuthenticationToken {
        private final String key;
        private final ClientPrincipal principal;

        KeyToken(String key) {
            super(List.of());
            this.key = key;
            this.principal = null;
        }

        KeyToken(ClientPrincipal principal, List<GrantedAuthority> authorities) {
            super(authorities);
            this.key = null;
            this.principal = principal;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return key;
        }

        @Override
        public Object getPrincipal() {
            return principal;
        }

        @Override
        public String getName() {
            return principal == null ? "" : principal.getName();
        }
    }

    static AuthenticationConverter converter() {
        return request -> {
            if (!isBearer(request)) {
                return null;
            }
            var key = request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).strip();
            return new KeyToken(key);
        };
    }

    static final class Provider implements AuthenticationProvider {

        private final MachineClients clients;
        private final Organisations organisations;
        private final Clock clock;
        private final TransactionTemplate transactions;

        private final JdbcClient jdbc;
        private final List<BearerCredentials> contributed;

        Provider(
                List<BearerCredentials> contributed,
                MachineClients clients,
                Organisations organisations,
                Clock clock,
                TransactionTemplate transactions,
                JdbcClient jdbc) {
            this.contributed = List.copyOf(contributed);
            this.jdbc = jdbc;
            this.clients = clients;
            this.organisations = organisations;
            this.clock = clock;
            this.transactions = transactions;
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            var key = String.valueOf(authentication.getCredentials());
            if (key.isBlank() || key.length() > 200) {
                throw new BadCredentialsException("Invalid key");
            }
            for (var credentials : contributed) {
                var authenticated = credentials.authenticate(key);
                if (authenticated.isPresent()) {
                    return authenticated.get();
                }
            }
            var hash = ClientKey.sha256(key);
            return transactions.execute(status -> {
                var client = clients.findByKeyHash(hash)
                        .filter(MachineClient::isActive)
                        .orElseThrow(() -> new BadCredentialsException("Invalid key"));
                var now = clock.instant();
                if (client.useIsDue(now)) {
                    // A plain conditional UPDATE, not a versioned entity write: many requests of one client at the
                    // same moment must not fail one another over when it was last seen.
                    jdbc.sql("""
                                    UPDATE identity_machine_client SET last_used_at = :now
                                     WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :cutoff)""")
                            .param("now", java.sql.Timestamp.from(now))
                            .param("id", client.id())
                            .param("cutoff", java.sql.Timestamp.from(MachineClient.lastUseCutoff(now)))
                            .update();
                }
                var organisation =
                        organisations.findById(client.organisationId().value()).orElseThrow();
                var principal = new ClientPrincipal(
                        client.id(), client.name(), organisation.id(), organisation.name(), client.scopes());
                List<GrantedAuthority> authorities = new ArrayList<>();
                client.scopes().forEach(scope -> authorities.add(new SimpleGrantedAuthority(scope.authority())));
                authorities.add(new SimpleGrantedAuthority("ROLE_CLIENT"));
                authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.BEARER_AUTHORITY));
                uses.info("client {} ({}) used its key", client.name(), client.keyPrefix());
                return new KeyToken(principal, authorities);
            });
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return KeyToken.class.isAssignableFrom(authentication);
        }
    }
}
