package org.ansim.settings.internal;

import java.util.Objects;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.settings.PolicySettingChangeCancelled;
import org.ansim.settings.PolicySettings;
import org.ansim.settings.internal.CancellationRefused.Why;
import org.ansim.settings.internal.SettingChangeRefused.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator cancels a scheduled change that is not yet in force. The row stays in the history, flagged with who
 * cancelled it, when and why; a change already in force cannot be cancelled (schedule a new value instead).
 */
@Service
public class CancelSettingChange {

    private final SettingsCatalogue catalogue;
    private final SettingValues values;
    private final PolicySettings settings;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    CancelSettingChange(
            SettingsCatalogue catalogue,
            SettingValues values,
            PolicySettings settings,
            AuditLog auditLog,
            ApplicationEventPublisher events) {
        this.catalogue = catalogue;
        this.values = values;
        this.settings = settings;
        this.auditLog = auditLog;
        this.events = events;
    }

    /**
     * @throws UnknownSetting if there is no such setting
     * @throws SettingChangeRefused if no reason is given
     * @throws CancellationRefused if the change does not exist, is cancelled already or is in force
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public SettingValueRecord execute(String key, long changeId, @Nullable String reason) {
        catalogue.definition(key);
        var why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new SettingChangeRefused(Refusal.of("reason", "settings.error.reason.required"));
        }
        if (why.length() > SettingChangeProposal.MAX_REASON) {
            throw new SettingChangeRefused(
                    Refusal.of("reason", "settings.error.reason.tooLong", SettingChangeProposal.MAX_REASON));
        }
        var by = ActingStaff.name();
        if (!values.cancel(key, changeId, settings.today(), by, why)) {
            var existing = catalogue.findRecord(changeId).filter(r -> r.key().equals(key));
            throw new CancellationRefused(
                    existing.isEmpty()
                            ? Why.NOT_FOUND
                            : existing.get().cancelled() ? Why.ALREADY_CANCELLED : Why.ALREADY_IN_FORCE,
                    key,
                    changeId);
        }
        var cancelled = catalogue.findRecord(changeId).orElseThrow();
        auditLog.record(AuditAction.CHANGE, AuditSubject.of("setting", key), why);
        events.publishEvent(new PolicySettingChangeCancelled(
                changeId,
                key,
                cancelled.value(),
                cancelled.validFrom(),
                by,
                Objects.requireNonNull(cancelled.cancelledAt())));
        return cancelled;
    }
}
