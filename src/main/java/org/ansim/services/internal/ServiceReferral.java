package org.ansim.services.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.ansim.cases.CaseActivityNoted;
import org.ansim.cases.CaseId;
import org.ansim.cases.CaseNumber;
import org.ansim.identity.OrganisationId;
import org.ansim.privacy.AssociatedData;
import org.ansim.privacy.Sealed;
import org.ansim.privacy.SealedKind;
import org.ansim.privacy.SealedNote;
import org.ansim.providers.ServiceKind;
import org.ansim.services.ServiceReferralAccepted;
import org.ansim.services.ServiceReferralDeclined;
import org.ansim.services.ServiceReferralId;
import org.ansim.services.ServiceReferralSent;
import org.ansim.services.ServiceReferralState;
import org.ansim.services.ServiceReferralSuspended;
import org.ansim.services.SuspensionCause;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A service referred to one provider organisation, carrying only the minimum: an alias, the need (sealed), and that
 * she is reached through her case manager. Never the offender file, the risk notes or her address.
 */
@Entity
@Table(name = "services_referral")
class ServiceReferral extends AbstractAggregateRoot<ServiceReferral> {

    static final int MAX_ALIAS = 40;
    static final int MAX_NEED = 2_000;
    static final int MAX_REASON = 500;

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID caseId;

    @Column(nullable = false)
    private String caseNumber;

    @Column(nullable = false)
    private UUID serviceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ServiceKind kind;

    @Column(nullable = false)
    private UUID organisationId;

    @Column(nullable = false)
    private String alias;

    @Column(nullable = false)
    private byte[] needSealed;

    @Column(nullable = false)
    private String contactThrough;

    @Column(nullable = false)
    private Instant sentAt;

    @Column(nullable = false)
    private String sentBy;

    @Column(nullable = false)
    private LocalDate firstContactDue;

    @Column(nullable = false)
    private int firstContactWorkingDays;

    private @Nullable Instant firstContactedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ServiceReferralState state;

    @Column(nullable = false)
    private Instant stateChangedAt;

    private @Nullable Instant acceptedAt;
    private @Nullable String acceptedBy;
    private @Nullable Instant declinedAt;
    private @Nullable String declinedBy;
    private @Nullable String declineReason;
    private @Nullable Instant suspendedAt;

    @Enumerated(EnumType.STRING)
    private @Nullable SuspensionCause suspensionCause;

    @Version
    private @Nullable Long version;

    protected ServiceReferral() {}

    static AssociatedData needField(UUID id) {
        return AssociatedData.of("service-referral", id, "need");
    }

    /** Builds the referral; {@code seal} seals the need for this referral's id. */
    static ServiceReferral send(
            UUID id,
            CaseId caseId,
            CaseNumber caseNumber,
            PlannedService service,
            OrganisationId organisation,
            String alias,
            Sealed<SealedNote> need,
            String contactThrough,
            String sentBy,
            Instant at,
            LocalDate firstContactDue,
            int workingDays) {
        var referral = new ServiceReferral();
        referral.id = id;
        referral.caseId = caseId.value();
        referral.caseNumber = caseNumber.value();
        referral.serviceId = service.id();
        referral.kind = service.kind();
        referral.organisationId = organisation.value();
        referral.alias = alias;
        referral.needSealed = need.ciphertext();
        referral.contactThrough = contactThrough;
        referral.sentAt = at;
        referral.sentBy = sentBy;
        referral.firstContactDue = firstContactDue;
        referral.firstContactWorkingDays = workingDays;
        referral.state = ServiceReferralState.SENT;
        referral.stateChangedAt = at;
        referral.registerEvent(new ServiceReferralSent(
                referral.id(), caseId, service.kind(), organisation, firstContactDue, sentBy, at));
        referral.registerEvent(new CaseActivityNoted(
                caseId, "services", "SERVICE_REFERRAL_SENT", service.kind().name(), sentBy, at));
        return referral;
    }

    void accept(String by, Instant at) {
        if (state != ServiceReferralState.SENT) {
            throw stateRefused();
        }
        this.state = ServiceReferralState.ACCEPTED;
        this.stateChangedAt = at;
        this.acceptedAt = at;
        this.acceptedBy = by;
        registerEvent(new ServiceReferralAccepted(id(), caseId(), kind, organisationId(), by, at));
        registerEvent(new CaseActivityNoted(caseId(), "services", "SERVICE_REFERRAL_ACCEPTED", kind.name(), by, at));
    }

    void decline(String reason, String by, Instant at) {
        if (state != ServiceReferralState.SENT) {
            throw stateRefused();
        }
        this.state = ServiceReferralState.DECLINED;
        this.stateChangedAt = at;
        this.declinedAt = at;
        this.declinedBy = by;
        this.declineReason = reason;
        registerEvent(new ServiceReferralDeclined(id(), caseId(), kind, organisationId(), by, at));
        registerEvent(new CaseActivityNoted(caseId(), "services", "SERVICE_REFERRAL_DECLINED", kind.name(), by, at));
    }

    /** The provider reached the victim (through her case manager) for the first time. Later contacts change nothing. */
    void firstContact(Instant at) {
        if (!state.open()) {
            throw stateRefused();
        }
        if (firstContactedAt == null) {
            this.firstContactedAt = at;
        }
    }

    /** Suspends an open referral: the provider's access ends at once. A closed one stays as it is. */
    boolean suspend(SuspensionCause cause, Instant at) {
        if (!state.open()) {
            return false;
        }
        this.state = ServiceReferralState.SUSPENDED;
        this.stateChangedAt = at;
        this.suspendedAt = at;
        this.suspensionCause = cause;
        registerEvent(new ServiceReferralSuspended(id(), caseId(), kind, organisationId(), cause, at));
        registerEvent(new CaseActivityNoted(
                caseId(), "services", "SERVICE_REFERRAL_SUSPENDED", kind.name() + " " + cause.name(), null, at));
        return true;
    }

    void complete(Instant at) {
        if (state == ServiceReferralState.ACCEPTED) {
            this.state = ServiceReferralState.COMPLETED;
            this.stateChangedAt = at;
        }
    }

    /** Sessions are recorded only on an accepted referral. */
    void requireAccepted() {
        if (state != ServiceReferralState.ACCEPTED) {
            throw new ServiceRuleViolated(
                    "referral-state",
                    "services.refused.notAccepted",
                    "Sessions are recorded on an accepted referral; this one is " + state + ".");
        }
    }

    private ServiceRuleViolated stateRefused() {
        return new ServiceRuleViolated(
                "referral-state", "services.refused.referralState", "This referral is " + state + " already.");
    }

    boolean isAddressedTo(OrganisationId organisation) {
        return organisationId.equals(organisation.value());
    }

    ServiceReferralId id() {
        return new ServiceReferralId(id);
    }

    CaseId caseId() {
        return new CaseId(caseId);
    }

    CaseNumber caseNumber() {
        return new CaseNumber(caseNumber);
    }

    UUID serviceId() {
        return serviceId;
    }

    ServiceKind kind() {
        return kind;
    }

    OrganisationId organisationId() {
        return new OrganisationId(organisationId);
    }

    ServiceReferralState state() {
        return state;
    }

    String alias() {
        return alias;
    }

    Sealed<SealedNote> need() {
        return Sealed.of(SealedKind.NOTE, needSealed);
    }

    String contactThrough() {
        return contactThrough;
    }

    Instant sentAt() {
        return sentAt;
    }

    LocalDate firstContactDue() {
        return firstContactDue;
    }

    @Nullable
    Instant firstContactedAt() {
        return firstContactedAt;
    }

    @Nullable
    Instant suspendedAt() {
        return suspendedAt;
    }

    @Nullable
    SuspensionCause suspensionCause() {
        return suspensionCause;
    }

    @Nullable
    String declineReason() {
        return declineReason;
    }
}
