package org.ansim.audit.internal;

import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** An auditor checks that the log is as it was appended: every chain walked, the first broken link reported. */
@Service
public class VerifyAuditTrail {

    static final AuditSubject THE_CHAINS = new AuditSubject("audit-log", "verification");

    private final ChainVerifier verifier;
    private final AuditLog log;

    VerifyAuditTrail(ChainVerifier verifier, AuditLog log) {
        this.verifier = verifier;
        this.log = log;
    }

    @PreAuthorize("hasRole('AUDITOR')")
    public Verification execute() {
        var verification = verifier.verify();
        log.record(AuditAction.VIEW, THE_CHAINS);
        return verification;
    }
}
