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
import org.ansim.providers.ServiceKind;
import org.ansim.services.ClaimApproved;
import org.ansim.services.ClaimId;
import org.ansim.services.ClaimRefused;
import org.ansim.services.ClaimState;
import org.ansim.services.ClaimSubmitted;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A provider's claim for money on a referral. Within the victim's cap it is approved at once, the cap in force noted;
 * past the cap it waits for the unit lead, who approves or refuses it once. Every decision keeps who, when and the
 * cap and budget in force that day. The receipt is sealed apart ({@code services_claim_receipt}).
 */
@Entity
@Table(name = "services_claim")
class Claim extends AbstractAggregateRoot<Claim> {

    static final int MAX_DESCRIPTION = 500;
    static final String WITHIN_CAP = "system:within-cap";

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID referralId;

    @Column(nullable = false)
    private UUID caseId;

    @Column(nullable = false)
    private String caseNumber;

    @Column(nullable = false)
    private UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ServiceKind kind;

    @Column(nullable = false)
    private long amountWon;

    @Column(nullable = false)
    private LocalDate incurredOn;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private String receiptType;

    @Column(nullable = false)
    private int receiptBytes;

    @Column(nullable = false)
    private int budgetYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimState state;

    @Column(nullable = false)
    private String submittedBy;

    @Column(nullable = false)
    private Instant submittedAt;

    @Column(nullable = false)
    private long capWon;

    @Column(nullable = false)
    private LocalDate capValidFrom;

    @Column(nullable = false)
    private long victimTotalBefore;

    @Column(nullable = false)
    private long budgetWon;

    @Column(nullable = false)
    private LocalDate budgetValidFrom;

    @Column(nullable = false)
    private long budgetUsedBefore;

    private @Nullable String decidedBy;
    private @Nullable Instant decidedAt;
    private @Nullable String decisionReason;
    private @Nullable Long decidedCapWon;
    private @Nullable LocalDate decidedCapValidFrom;
    private @Nullable Long decidedBudgetWon;
    private @Nullable LocalDate decidedBudgetValidFrom;

    @Version
    private @Nullable Long version;

    protected Claim() {}

    /** What the claim asks for and what was in force when it came in. */
    record Submission(
            ServiceReferral referral,
            long amountWon,
            LocalDate incurredOn,
            String description,
            ReceiptFormat receipt,
            int receiptBytes,
            int budgetYear,
            ClaimLimits.Limit cap,
            long victimTotalBefore,
            ClaimLimits.Limit budget,
            long budgetUsedBefore) {}

    /**
     * Records the claim: approved at once within the cap, otherwise waiting for the unit lead. The caller has checked
     * the budget (a claim past the remaining budget is never recorded).
     */
    static Claim submit(UUID id, Submission submission, String by, Instant at) {
        var referral = submission.referral();
        var claim = new Claim();
        claim.id = id;
        claim.referralId = referral.id().value();
        claim.caseId = referral.caseId().value();
        claim.caseNumber = referral.caseNumber().value();
        claim.organisationId = referral.organisationId().value();
        claim.kind = referral.kind();
        claim.amountWon = submission.amountWon();
        claim.incurredOn = submission.incurredOn();
        claim.description = submission.description();
        claim.receiptType = submission.receipt().mediaType();
        claim.receiptBytes = submission.receiptBytes();
        claim.budgetYear = submission.budgetYear();
        claim.submittedBy = by;
        claim.submittedAt = at;
        claim.capWon = submission.cap().won();
        claim.capValidFrom = submission.cap().validFrom();
        claim.victimTotalBefore = submission.victimTotalBefore();
        claim.budgetWon = submission.budget().won();
        claim.budgetValidFrom = submission.budget().validFrom();
        claim.budgetUsedBefore = submission.budgetUsedBefore();
        if (withinCap(
                submission.victimTotalBefore(),
                submission.amountWon(),
                submission.cap().won())) {
            claim.state = ClaimState.APPROVED;
            claim.decided(WITHIN_CAP, at, "within the per-victim cap", submission.cap(), submission.budget());
        } else {
            claim.state = ClaimState.PENDING_APPROVAL;
        }
        claim.registerEvent(new ClaimSubmitted(
                claim.id(),
                referral.id(),
                referral.caseId(),
                claim.kind,
                claim.amountWon,
                claim.state,
                claim.capWon,
                by,
                at));
        claim.registerEvent(new CaseActivityNoted(
                referral.caseId(),
                "services",
                claim.state == ClaimState.APPROVED ? "CLAIM_SUBMITTED" : "CLAIM_AWAITING_APPROVAL",
                claim.kind.name() + " " + String.format("%,d", claim.amountWon) + "원",
                by,
                at));
        return claim;
    }

    /** Exactly at the cap is within it; one won more is not. */
    static boolean withinCap(long totalBefore, long amount, long cap) {
        return totalBefore + amount <= cap;
    }

    /** The unit lead approves a claim past the cap, with the cap and budget in force on the day she decides. */
    void approve(String by, Instant at, @Nullable String reason, ClaimLimits.Limit cap, ClaimLimits.Limit budget) {
        requirePending();
        this.state = ClaimState.APPROVED;
        decided(by, at, reason, cap, budget);
        registerEvent(new ClaimApproved(
                id(), caseId(), kind, amountWon, cap.won(), cap.validFrom(), budget.won(), budget.validFrom(), by, at));
        registerEvent(new CaseActivityNoted(
                caseId(),
                "services",
                "CLAIM_APPROVED",
                kind.name() + " " + String.format("%,d", amountWon) + "원",
                by,
                at));
    }

    void refuse(String by, Instant at, String reason, ClaimLimits.Limit cap, ClaimLimits.Limit budget) {
        requirePending();
        this.state = ClaimState.REFUSED;
        decided(by, at, reason, cap, budget);
        registerEvent(new ClaimRefused(id(), caseId(), kind, amountWon, by, at));
        registerEvent(new CaseActivityNoted(
                caseId(),
                "services",
                "CLAIM_REFUSED",
                kind.name() + " " + String.format("%,d", amountWon) + "원",
                by,
                at));
    }

    private void decided(
            String by, Instant at, @Nullable String reason, ClaimLimits.Limit cap, ClaimLimits.Limit budget) {
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionReason = reason;
        this.decidedCapWon = cap.won();
        this.decidedCapValidFrom = cap.validFrom();
        this.decidedBudgetWon = budget.won();
        this.decidedBudgetValidFrom = budget.validFrom();
    }

    private void requirePending() {
        if (state != ClaimState.PENDING_APPROVAL) {
            throw new ServiceRuleViolated(
                    "claim-state", "services.claims.refused.decided", "This claim was decided already: " + state + ".");
        }
    }

    ClaimId id() {
        return new ClaimId(id);
    }

    CaseId caseId() {
        return new CaseId(caseId);
    }

    CaseNumber caseNumber() {
        return new CaseNumber(caseNumber);
    }

    ServiceKind kind() {
        return kind;
    }

    long amountWon() {
        return amountWon;
    }

    int budgetYear() {
        return budgetYear;
    }

    ClaimState state() {
        return state;
    }

    String receiptType() {
        return receiptType;
    }

    @Nullable
    String decidedBy() {
        return decidedBy;
    }
}
