package org.ansim.cases.internal;

import java.util.List;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseNumber;
import org.ansim.cases.CaseTimeline;
import org.ansim.cases.TimelineEntry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A staff member opens a case: only if she may see it (else it "does not exist"), and every look is written to the
 * audit log as a VIEW of the case.
 */
@Service
public class ViewCase {

    private final VisibleCases visible;
    private final CaseDirectory directory;
    private final CaseTimeline timeline;
    private final AuditLog auditLog;

    ViewCase(VisibleCases visible, CaseDirectory directory, CaseTimeline timeline, AuditLog auditLog) {
        this.visible = visible;
        this.directory = directory;
        this.timeline = timeline;
        this.auditLog = auditLog;
    }

    /** The case's summary and deadline. @throws CaseNotFound if there is none she may see */
    @PreAuthorize("hasAnyRole('UNIT_LEAD', 'CASE_MANAGER', 'PROFILER')")
    @Transactional(readOnly = true)
    public CaseRow summary(String number) {
        var found = visible.get(number, ActingParty.staff());
        auditLog.record(AuditAction.VIEW, AuditSubject.of("case", found.number()));
        return directory.findRow(found.number()).orElseThrow(() -> new CaseNotFound(number));
    }

    /** The case page: summary, deadline and timeline. @throws CaseNotFound if there is none she may see */
    @PreAuthorize("hasAnyRole('UNIT_LEAD', 'CASE_MANAGER', 'PROFILER')")
    @Transactional(readOnly = true)
    public CaseWithTimeline withTimeline(String number) {
        var row = summary(number);
        return new CaseWithTimeline(row, timeline.entriesOf(row.summary().id()));
    }

    public record CaseWithTimeline(CaseRow row, List<TimelineEntry> timeline) {
        public CaseNumber number() {
            return row.summary().number();
        }
    }
}
