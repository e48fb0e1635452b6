package org.ansim.cases.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.privacy.AssociatedData;
import org.ansim.privacy.SealedNote;
import org.ansim.privacy.SealedValues;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit lead or the assigned case manager writes a note on a case. The text may name people and places, so it is
 * sealed; the timeline says only who wrote a note when.
 */
@Service
public class AddCaseNote {

    private final VisibleCases visible;
    private final Cases cases;
    private final SealedValues sealing;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;

    AddCaseNote(
            VisibleCases visible, Cases cases, SealedValues sealing, JdbcClient jdbc, AuditLog auditLog, Clock clock) {
        this.visible = visible;
        this.cases = cases;
        this.sealing = sealing;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * @throws CaseNotFound if there is no case she may see
     * @throws CaseRuleViolated if the note is empty or too long
     */
    @PreAuthorize("hasAnyRole('UNIT_LEAD', 'CASE_MANAGER')")
    @Transactional
    public void execute(String number, @Nullable String text) {
        var staff = ActingParty.staff();
        var found = visible.get(number, staff);
        if (text == null || text.isBlank() || text.length() > SealedNote.MAX_LENGTH) {
            throw new CaseRuleViolated("cases.error.noteLength", SealedNote.MAX_LENGTH);
        }
        var id = UUID.randomUUID();
        var now = clock.instant();
        var sealed = sealing.seal(new SealedNote(text), AssociatedData.of("case-note", id, "text"));
        jdbc.sql("""
                        INSERT INTO cases_note (id, case_id, written_at, written_by, text_sealed)
                        VALUES (?, ?, ?, ?, ?)
                        """)
                .params(id, found.id().value(), Timestamp.from(now), staff.username(), sealed.ciphertext())
                .update();
        found.noteWritten(staff.username(), now);
        cases.saveAndFlush(found);
        auditLog.record(AuditAction.CREATE, AuditSubject.of("case-note", id));
    }
}
