package org.ansim.privacy.internal;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/** An administrator looks at the keys: ids, purpose, status and age, never key material. */
@Component
public class KeyOverview {

    private final Keyring keyring;

    KeyOverview(Keyring keyring) {
        this.keyring = keyring;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<KeyEntry> execute() {
        return keyring.keys();
    }
}
