package org.ansim.privacy.internal;

import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * An administrator rotates the sealing key: a new AES-256-GCM key becomes primary for new seals; older values stay
 * readable with their own key. Audited as a {@code CHANGE} of the key set.
 */
@Component
public class RotateSealingKey {

    private final Keyring keyring;
    private final AuditLog auditLog;

    RotateSealingKey(Keyring keyring, AuditLog auditLog) {
        this.keyring = keyring;
        this.auditLog = auditLog;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public KeyEntry execute() {
        var key = keyring.rotate();
        auditLog.record(
                AuditAction.CHANGE,
                new AuditSubject("privacy-key", Long.toString(key.id())),
                "sealing key rotated; new primary AEAD key " + key.id());
        return key;
    }
}
