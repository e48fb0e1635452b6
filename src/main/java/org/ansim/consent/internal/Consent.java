package org.ansim.consent.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ansim.cases.CaseActivityNoted;
import org.ansim.cases.CaseId;
import org.ansim.consent.ConsentGiven;
import org.ansim.consent.ConsentId;
import org.ansim.consent.ConsentMethod;
import org.ansim.consent.ConsentPurpose;
import org.ansim.consent.ConsentWithdrawn;
import org.ansim.consent.Consents.ConsentView;
import org.ansim.identity.OrganisationId;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One consent of one victim for one purpose. Given once, withdrawable once, never edited: a new agreement is a new
 * consent. Sharing with service providers names the organisations it covers.
 */
@Entity
@Table(name = "consent_consent")
class Consent extends AbstractAggregateRoot<Consent> {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentPurpose purpose;

    @Column(nullable = false)
    private String organisations;

    @Column(nullable = false)
    private Instant obtainedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentMethod method;

    @Column(nullable = false)
    private String obtainedBy;

    private Instant withdrawnAt;
    private String withdrawnBy;
    private String withdrawalHow;

    @Version
    private Long version;

    protected Consent() {}

    static Consent give(
            CaseId caseId,
            ConsentPurpose purpose,
            Set<OrganisationId> organisations,
            Instant obtainedAt,
            ConsentMethod method,
            String obtainedBy) {
        if (purpose != ConsentPurpose.SERVICE_REFERRAL && !organisations.isEmpty()) {
            throw new ConsentRefused(
                    "consent.refused.organisations", "Only sharing with service providers names organisations");
        }
        var consent = new Consent();
        consent.id = UUID.randomUUID();
        consent.caseId = caseId.value();
        consent.purpose = purpose;
        consent.organisations =
                organisations.stream().map(o -> o.value().toString()).sorted().collect(Collectors.joining(","));
        consent.obtainedAt = obtainedAt;
        consent.method = method;
        consent.obtainedBy = obtainedBy;
        consent.registerEvent(
                new ConsentGiven(consent.id(), caseId, purpose, organisations, obtainedAt, method, obtainedBy));
        consent.registerEvent(
                new CaseActivityNoted(caseId, "consent", "CONSENT_GIVEN", purpose.name(), obtainedBy, obtainedAt));
        return consent;
    }

    /** The victim takes her consent back; it stops at once. Withdrawing twice is refused. */
    void withdraw(Instant at, String recordedBy, String how) {
        if (withdrawnAt != null) {
            throw new ConsentRefused("consent.refused.withdrawn", "This consent was already withdrawn");
        }
        this.withdrawnAt = at;
        this.withdrawnBy = recordedBy;
        this.withdrawalHow = how;
        registerEvent(new ConsentWithdrawn(id(), new CaseId(caseId), purpose, at, recordedBy, how));
        registerEvent(new CaseActivityNoted(
                new CaseId(caseId), "consent", "CONSENT_WITHDRAWN", purpose.name(), recordedBy, at));
    }

    ConsentId id() {
        return new ConsentId(id);
    }

    CaseId caseId() {
        return new CaseId(caseId);
    }

    boolean covers(ConsentPurpose asked, OrganisationId organisation) {
        return withdrawnAt == null
                && purpose == asked
                && (organisation == null || organisationIds().contains(organisation));
    }

    Set<OrganisationId> organisationIds() {
        if (organisations.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(organisations.split(","))
                .map(UUID::fromString)
                .map(OrganisationId::new)
                .collect(Collectors.toUnmodifiableSet());
    }

    ConsentView view() {
        return new ConsentView(
                id(),
                purpose,
                organisationIds(),
                obtainedAt,
                method,
                obtainedBy,
                withdrawnAt,
                withdrawnBy,
                withdrawalHow);
    }
}
