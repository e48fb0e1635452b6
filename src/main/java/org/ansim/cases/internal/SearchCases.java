package org.ansim.cases.internal;

import java.util.List;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case list: a unit lead searches every case, a case manager only her own (whatever manager she asks for). The
 * list is audited as a VIEW of the list with its filter.
 */
@Service
public class SearchCases {

    private final CaseDirectory directory;
    private final AuditLog auditLog;

    SearchCases(CaseDirectory directory, AuditLog auditLog) {
        this.directory = directory;
        this.auditLog = auditLog;
    }

    @PreAuthorize("hasAnyRole('UNIT_LEAD', 'CASE_MANAGER')")
    @Transactional(readOnly = true)
    public CasePage execute(CaseFilter filter) {
        var staff = ActingParty.staff();
        var effective = NeedToKnow.seesEveryCase(staff) ? filter : filter.forManager(staff.username());
        var page = directory.search(effective);
        auditLog.record(AuditAction.VIEW, AuditSubject.of("case-list", describe(effective, page)));
        return page;
    }

    @PreAuthorize("hasAnyRole('UNIT_LEAD', 'CASE_MANAGER')")
    public List<String> districts() {
        return directory.districts();
    }

    private static String describe(CaseFilter filter, CasePage page) {
        var numbers =
                page.rows().stream().map(row -> row.summary().number().value()).toList();
        return "status=%s manager=%s district=%s risk=%s page=%d cases=%s"
                .formatted(filter.status(), filter.manager(), filter.district(), filter.risk(), filter.page(), numbers);
    }
}
