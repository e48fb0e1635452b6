package org.ansim.settings.internal;

import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.settings.PolicySettingChangeScheduled;
import org.ansim.settings.PolicySettings;
import org.ansim.settings.internal.SettingChangeProposal.AcceptedChange;
import org.ansim.settings.internal.SettingChangeRefused.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator schedules a new value of a setting from today or a later day, giving a reason. The past is never
 * rewritten: a decision made earlier keeps the value it used. Each change is audited and announced as
 * {@link PolicySettingChangeScheduled}.
 */
@Service
public class ScheduleSettingChange {

    private final SettingsCatalogue catalogue;
    private final SettingValues values;
    private final PolicySettings settings;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    ScheduleSettingChange(
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
     * Checks the proposal without recording it (the confirmation step).
     *
     * @throws UnknownSetting if there is no such setting
     * @throws SettingChangeRefused naming every field at fault
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public AcceptedChange review(String key, SettingChangeProposal proposal) {
        var change = proposal.accept(catalogue.definition(key), settings.today());
        if (catalogue.hasLiveValueFrom(key, change.validFrom())) {
            throw dayTaken();
        }
        return change;
    }

    /**
     * Records the change.
     *
     * @throws UnknownSetting if there is no such setting
     * @throws SettingChangeRefused naming every field at fault
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public SettingValueRecord execute(String key, SettingChangeProposal proposal) {
        var change = review(key, proposal);
        var by = ActingStaff.name();
        long id;
        try {
            id = values.append(change, by);
        } catch (DuplicateKeyException raced) {
            throw dayTaken();
        }
        var recorded = catalogue.findRecord(id).orElseThrow();
        auditLog.record(AuditAction.CHANGE, AuditSubject.of("setting", key), change.reason());
        events.publishEvent(new PolicySettingChangeScheduled(
                id, key, recorded.value(), recorded.validFrom(), by, recorded.recordedAt()));
        return recorded;
    }

    private static SettingChangeRefused dayTaken() {
        return new SettingChangeRefused(Refusal.of("validFrom", "settings.error.validFrom.taken"));
    }
}
