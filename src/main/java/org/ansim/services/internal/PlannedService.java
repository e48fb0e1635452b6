package org.ansim.services.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.ansim.cases.CaseActivityNoted;
import org.ansim.cases.CaseId;
import org.ansim.providers.ServiceKind;
import org.ansim.services.ServiceCompleted;
import org.ansim.services.ServiceDeclinedByVictim;
import org.ansim.services.ServiceReferralId;
import org.ansim.services.ServiceStarted;
import org.ansim.services.ServiceState;
import org.ansim.services.ServiceStoppedByVictim;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One service of a victim's plan. Its state follows its referral (referred, accepted, in progress) and the victim's
 * choice: declined or stopped by her, after which nothing is sent or delivered for it.
 */
@Entity
@Table(name = "services_service")
class PlannedService extends AbstractAggregateRoot<PlannedService> {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ServiceKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ServiceState state;

    @Column(nullable = false)
    private Instant wantedAt;

    @Column(nullable = false)
    private String wantedThrough;

    @Column(nullable = false)
    private Instant stateChangedAt;

    private @Nullable String stateChangedBy;
    private @Nullable String victimReason;

    @Version
    private @Nullable Long version;

    protected PlannedService() {}

    /** The victim asked for the service (on her application, or to her case manager later). */
    static PlannedService wanted(CaseId caseId, ServiceKind kind, String through, Instant at) {
        var service = new PlannedService();
        service.id = UUID.randomUUID();
        service.caseId = caseId.value();
        service.kind = kind;
        service.state = ServiceState.WANTED;
        service.wantedAt = at;
        service.wantedThrough = through;
        service.stateChangedAt = at;
        service.stateChangedBy = through;
        return service;
    }

    /** The case manager added it because the victim asked for it after her application. */
    void registerWanted(String by, Instant at) {
        registerEvent(new CaseActivityNoted(caseId(), "services", "SERVICE_WANTED", kind.name(), by, at));
    }

    /** A referral is sent for it; only a wanted service can be referred, and never one she declined or stopped. */
    void referred(String by, Instant at) {
        refuseIfEndedByVictim();
        if (state != ServiceState.WANTED) {
            throw new ServiceRuleViolated(
                    "service-state",
                    "services.refused.notWanted",
                    "This service is " + state + "; only a wanted service is referred.");
        }
        move(ServiceState.REFERRED, by, at);
    }

    void accepted(String by, Instant at) {
        if (state == ServiceState.REFERRED) {
            move(ServiceState.ACCEPTED, by, at);
        }
    }

    /** The provider declined, or the referral was suspended because consent ended: the service is wanted again. */
    void wantedAgain(String by, Instant at) {
        if (state == ServiceState.REFERRED || state == ServiceState.ACCEPTED || state == ServiceState.IN_PROGRESS) {
            move(ServiceState.WANTED, by, at);
        }
    }

    /** A session was delivered; the first one starts the service. */
    void delivered(ServiceReferralId referral, String by, Instant at) {
        refuseIfEndedByVictim();
        if (state == ServiceState.ACCEPTED || state == ServiceState.REFERRED) {
            move(ServiceState.IN_PROGRESS, by, at);
            registerEvent(new ServiceStarted(caseId(), kind, referral, at));
            registerEvent(new CaseActivityNoted(caseId(), "services", "SERVICE_STARTED", kind.name(), by, at));
        }
    }

    void declineByVictim(String reason, String recordedBy, Instant at) {
        refuseIfEndedByVictim();
        if (state != ServiceState.WANTED) {
            throw new ServiceRuleViolated(
                    "service-state",
                    "services.refused.declineOnlyWanted",
                    "A service already referred is stopped, not declined.");
        }
        this.victimReason = reason;
        move(ServiceState.DECLINED_BY_VICTIM, recordedBy, at);
        registerEvent(new ServiceDeclinedByVictim(caseId(), kind, recordedBy, at));
        registerEvent(
                new CaseActivityNoted(caseId(), "services", "SERVICE_DECLINED_BY_VICTIM", kind.name(), recordedBy, at));
    }

    void stopByVictim(String reason, String recordedBy, Instant at) {
        refuseIfEndedByVictim();
        if (state == ServiceState.COMPLETED) {
            throw new ServiceRuleViolated(
                    "service-state", "services.refused.completed", "This service is completed already.");
        }
        this.victimReason = reason;
        move(ServiceState.STOPPED_BY_VICTIM, recordedBy, at);
        registerEvent(new ServiceStoppedByVictim(caseId(), kind, recordedBy, at));
        registerEvent(
                new CaseActivityNoted(caseId(), "services", "SERVICE_STOPPED_BY_VICTIM", kind.name(), recordedBy, at));
    }

    /** The victim wants a service again that she had declined or stopped: her choice, recorded as such. */
    void wantedAgainByVictim(String recordedBy, Instant at) {
        if (state.endedByVictim()) {
            this.victimReason = null;
            move(ServiceState.WANTED, recordedBy, at);
            registerEvent(new CaseActivityNoted(caseId(), "services", "SERVICE_WANTED", kind.name(), recordedBy, at));
        }
    }

    void complete(String by, Instant at) {
        if (state != ServiceState.IN_PROGRESS) {
            throw new ServiceRuleViolated(
                    "service-state",
                    "services.refused.completeOnlyInProgress",
                    "Only a service in progress can be completed.");
        }
        move(ServiceState.COMPLETED, by, at);
        registerEvent(new ServiceCompleted(caseId(), kind, by, at));
        registerEvent(new CaseActivityNoted(caseId(), "services", "SERVICE_COMPLETED", kind.name(), by, at));
    }

    private void refuseIfEndedByVictim() {
        if (state.endedByVictim()) {
            throw new ServiceRuleViolated(
                    "declined-by-victim",
                    "services.refused.declinedByVictim",
                    "The victim declined or stopped this service; nothing proceeds against her will.");
        }
    }

    private void move(ServiceState to, String by, Instant at) {
        this.state = to;
        this.stateChangedAt = at;
        this.stateChangedBy = by;
    }

    UUID id() {
        return id;
    }

    CaseId caseId() {
        return new CaseId(caseId);
    }

    ServiceKind kind() {
        return kind;
    }

    ServiceState state() {
        return state;
    }
}
