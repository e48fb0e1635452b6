package org.ansim.cases.internal;

import java.time.Instant;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseId;
import org.ansim.cases.CaseReopening;
import org.ansim.cases.CaseStatus;
import org.ansim.identity.CurrentStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reopens a post-managed or closed case to active when a new incident is recorded on it. */
@Service
class ReopenCaseOnIncident implements CaseReopening {

    private final Cases cases;
    private final AuditLog auditLog;

    ReopenCaseOnIncident(Cases cases, AuditLog auditLog) {
        this.cases = cases;
        this.auditLog = auditLog;
    }

    @Override
    @Transactional
    public boolean reopenOnNewIncident(CaseId caseId, String by, Instant at) {
        var found = cases.findById(caseId.value()).orElseThrow(() -> new CaseNotFound(caseId.toString()));
        if (found.status() != CaseStatus.POST_MANAGEMENT && found.status() != CaseStatus.CLOSED) {
            return false;
        }
        found.moveTo(CaseStatus.ACTIVE, by, "new incident", at);
        cases.saveAndFlush(found);
        var subject = AuditSubject.of("case", found.number());
        if (CurrentStaff.find().isPresent()) {
            auditLog.record(AuditAction.CHANGE, subject, "reopened: new incident");
        } else {
            auditLog.recordAs(by, "SYSTEM", null, AuditAction.CHANGE, subject, "reopened: new incident");
        }
        return true;
    }
}
