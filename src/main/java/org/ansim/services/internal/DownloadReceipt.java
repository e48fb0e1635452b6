package org.ansim.services.internal;

import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseVisibility;
import org.ansim.privacy.RevealReason;
import org.ansim.privacy.Sealed;
import org.ansim.privacy.SealedValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case manager or the unit lead downloads a claim's receipt, giving a reason: only for a case she may see (any
 * other claim does not exist for her), audited as a reveal and a download with the reason.
 */
@Service
public class DownloadReceipt {

    private final JdbcClient jdbc;
    private final CaseVisibility visibility;
    private final SealedValues sealedValues;
    private final AuditLog audit;

    DownloadReceipt(JdbcClient jdbc, CaseVisibility visibility, SealedValues sealedValues, AuditLog audit) {
        this.jdbc = jdbc;
        this.visibility = visibility;
        this.sealedValues = sealedValues;
        this.audit = audit;
    }

    private record Stored(String caseNumber, byte[] sealed) {}

    @PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
    @Transactional(readOnly = true)
    public ReceiptFile execute(UUID claimId, String reason, Authentication viewer) {
        var stripped = reason == null ? "" : reason.strip();
        if (stripped.length() < RevealReason.MIN_LENGTH || stripped.length() > RevealReason.MAX_LENGTH) {
            throw new ServiceRuleViolated(
                    "invalid",
                    "services.claims.refused.downloadReason",
                    "A download needs a reason of 5 to 500 characters.");
        }
        var stored = jdbc.sql("""
                        SELECT c.case_number, r.sealed FROM services_claim c
                        JOIN services_claim_receipt r ON r.claim_id = c.id WHERE c.id = ?""")
                .param(claimId)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getBytes(2)))
                .optional()
                .filter(found ->
                        visibility.findVisible(found.caseNumber(), viewer).isPresent())
                .orElseThrow(ClaimNotFound::new);
        var subject = AuditSubject.of("service-claim", claimId);
        var file = sealedValues.reveal(
                Sealed.of(ReceiptFile.KIND, stored.sealed()),
                ReceiptFile.field(claimId),
                subject,
                new RevealReason(stripped));
        audit.record(AuditAction.DOWNLOAD, subject, stripped);
        return file;
    }
}
