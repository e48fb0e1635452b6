package org.ansim.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * Bearer credentials other than machine keys, contributed by the module that issues them (the victim's phone's
 * device token). On {@code /api/**} a presented bearer token is offered to each contributor first, then checked as a
 * machine key; a token no one recognises is 401.
 */
public interface BearerCredentials {

    /**
     * @param token the token as presented, stripped, at most 200 characters
     * @return the authenticated caller, with its authorities, when the token is one this contributor issued and it is
     *     still valid; empty when it is not one of its tokens
     * @throws org.springframework.security.core.AuthenticationException when it is one of its tokens but refused
     *     (revoked): the caller gets 401 without trying the others
     */
    Optional<Authentication> authenticate(String token);
}
