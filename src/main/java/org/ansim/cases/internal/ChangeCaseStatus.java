package org.ansim.cases.internal;

import java.time.Clock;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit lead or the assigned case manager moves a case along its lifecycle (contacted → active → post-management →
 * closed) or reopens it, giving a reason.
 */
@Service
public class ChangeCaseStatus {

    public static final int MAX_REASON = 500;

    private final VisibleCases visible;
    private final Cases cases;
    private final AuditLog auditLog;
    private final Clock clock;

    ChangeCaseStatus(VisibleCases visible, Cases cases, AuditLog auditLog, Clock clock) {
        this.visible = visible;
        this.cases = cases;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * @throws CaseNotFound if there is no case she may see
     * @throws CaseRuleViolated if the move is not allowed or the reason is missing or too long
     */
    @PreAuthorize("hasAnyRole('UNIT_LEAD', 'CASE_MANAGER')")
    @Transactional
    public CaseStatus execute(String number, CaseStatus to, @Nullable String reason) {
        var staff = ActingParty.staff();
        var found = visible.get(number, staff);
        if (reason == null || reason.isBlank()) {
            throw new CaseRuleViolated("cases.error.reasonRequired");
        }
        if (reason.length() > MAX_REASON || Case.hasControlCharacters(reason)) {
            throw new CaseRuleViolated("cases.error.reasonTooLong", MAX_REASON);
        }
        found.moveTo(to, staff.username(), reason, clock.instant());
        cases.saveAndFlush(found);
        auditLog.record(AuditAction.CHANGE, AuditSubject.of("case", found.number()), "status " + to);
        return found.status();
    }
}
