package org.ansim.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.settings.PolicySettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The assigned case manager records that she reached the victim: the case becomes contacted. */
@Service
public class RecordFirstContact {

    private final VisibleCases visible;
    private final Cases cases;
    private final AuditLog auditLog;
    private final Clock clock;

    RecordFirstContact(VisibleCases visible, Cases cases, AuditLog auditLog, Clock clock) {
        this.visible = visible;
        this.cases = cases;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * @throws CaseNotFound if there is no case she may see
     * @throws CaseRuleViolated if the case was contacted already
     */
    @PreAuthorize("hasRole('CASE_MANAGER')")
    @Transactional
    public void execute(String number) {
        var manager = ActingParty.staff();
        var found = visible.get(number, manager);
        var now = clock.instant();
        found.recordFirstContact(manager.username(), now, LocalDate.ofInstant(now, PolicySettings.ZONE));
        cases.saveAndFlush(found);
        auditLog.record(AuditAction.CHANGE, AuditSubject.of("case", found.number()), "first contact");
    }
}
