package org.ansim.cases.internal;

import java.time.Clock;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit lead gives a case to a case manager (by username); the first contact is due the configured number of
 * working days from today.
 */
@Service
public class AssignCase {

    private final VisibleCases visible;
    private final Cases cases;
    private final FirstContactDeadlines deadlines;
    private final AuditLog auditLog;
    private final Clock clock;

    AssignCase(VisibleCases visible, Cases cases, FirstContactDeadlines deadlines, AuditLog auditLog, Clock clock) {
        this.visible = visible;
        this.cases = cases;
        this.deadlines = deadlines;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * @throws CaseNotFound if there is no such case
     * @throws CaseRuleViolated if the case refuses the assignment
     */
    @PreAuthorize("hasRole('UNIT_LEAD')")
    @Transactional
    public void execute(String number, String caseManager) {
        var lead = ActingParty.staff();
        var found = visible.get(number, lead);
        var now = clock.instant();
        found.assignTo(caseManager == null ? "" : caseManager.strip(), lead.username(), now, deadlines.from(now));
        cases.saveAndFlush(found);
        auditLog.record(AuditAction.CHANGE, AuditSubject.of("case", found.number()), "assigned");
    }
}
