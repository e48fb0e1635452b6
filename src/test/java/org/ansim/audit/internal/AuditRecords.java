package org.ansim.audit.internal;

import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditSubject;

/** Object mother for what gets appended to the log; every subject id is new, so tests find their own entries. */
final class AuditRecords {

    private AuditRecords() {}

    static AuditSubject aCase() {
        return new AuditSubject("case", "STK-2026-" + UUID.randomUUID());
    }

    static Actor caseManager() {
        return new Actor("demo-case-manager", ActorKind.USER, "org-seoul-unit");
    }

    static AuditRecord aCaseViewed() {
        return new AuditRecord(caseManager(), "198.51.100.23", AuditAction.VIEW, aCase(), null);
    }

    static AuditRecord anAddressRevealed() {
        return new AuditRecord(caseManager(), "198.51.100.23", AuditAction.REVEAL, aCase(), "안전계획 수립을 위한 주소 확인");
    }

    static AuditRecord aFailedSignIn() {
        return new AuditRecord(
                new Actor("unknown-user", ActorKind.ANONYMOUS, null),
                null,
                AuditAction.SIGN_IN_FAILURE,
                new AuditSubject("staff-user", "unknown-user"),
                null);
    }
}
