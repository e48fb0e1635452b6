package org.ansim.services.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.privacy.SealedValues;
import org.ansim.services.ClaimState;
import org.ansim.services.ServiceReferralState;
import org.ansim.settings.PolicySettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider claims money on an accepted referral (medical fees, legal costs) with the receipt. The receipt is
 * checked first — its size against the setting {@code services.receipt-max-bytes}, its type by its first bytes — and
 * sealed. A claim past the remaining annual budget is refused; one past the victim's cap waits for the unit lead;
 * nothing is recorded silently. The budget is locked per kind and year, so concurrent claims cannot jointly pass it.
 */
@Service
public class SubmitClaim {

    static final String RECEIPT_LIMIT = "services.receipt-max-bytes";
    public static final long MAX_AMOUNT = 1_000_000_000L;

    public record Parameters(long amountWon, LocalDate incurredOn, String description, byte[] receipt) {}

    public record Submitted(UUID claimId, ClaimState state, long capWon, long victimTotal) {}

    private final ProviderAccess access;
    private final Claims claims;
    private final ClaimLimits limits;
    private final PolicySettings settings;
    private final SealedValues sealedValues;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    SubmitClaim(
            ProviderAccess access,
            Claims claims,
            ClaimLimits limits,
            PolicySettings settings,
            SealedValues sealedValues,
            JdbcClient jdbc,
            AuditLog audit,
            Clock clock) {
        this.access = access;
        this.claims = claims;
        this.limits = limits;
        this.settings = settings;
        this.sealedValues = sealedValues;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws ReceiptRefused when the receipt is empty, too large or not a PDF, JPEG or PNG
     * @throws ServiceRuleViolated {@code budget-exceeded} past the remaining budget, {@code referral-state} when the
     *     referral is not accepted, {@code invalid} for a bad amount, date, description or service
     */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public Submitted execute(UUID referralId, Parameters claim) {
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, PolicySettings.ZONE);
        var description = claim.description() == null ? "" : claim.description().strip();
        if (description.isEmpty() || description.length() > Claim.MAX_DESCRIPTION) {
            throw new ServiceRuleViolated(
                    "invalid", "services.claims.refused.description", "Describe the claim in 1 to 500 characters.");
        }
        if (claim.amountWon() < 1 || claim.amountWon() > MAX_AMOUNT) {
            throw new ServiceRuleViolated(
                    "invalid", "services.claims.refused.amount", "An amount runs from 1 to 1,000,000,000 won.");
        }
        if (claim.incurredOn().isAfter(today) || claim.incurredOn().isBefore(today.minusYears(1))) {
            throw new ServiceRuleViolated(
                    "invalid", "services.claims.refused.date", "A claim is for a cost of the last twelve months.");
        }
        var receipt = checked(claim.receipt(), today);
        var referral = access.open(referralId);
        if (!ClaimLimits.CLAIMABLE.contains(referral.kind())) {
            throw new ServiceRuleViolated(
                    "invalid", "services.claims.refused.service", "Claims are for medical fees and legal costs.");
        }
        if (referral.state() != ServiceReferralState.ACCEPTED) {
            throw new ServiceRuleViolated(
                    "referral-state",
                    "services.claims.refused.notAccepted",
                    "Claims are made on an accepted referral; this one is " + referral.state() + ".");
        }
        var year = today.getYear();
        limits.lock(referral.kind(), year);
        var budget = limits.budget(referral.kind(), today);
        var used = limits.budgetUsed(referral.kind(), year);
        if (used + claim.amountWon() > budget.won()) {
            throw new ServiceRuleViolated(
                    "budget-exceeded",
                    "services.claims.refused.budgetExceeded",
                    "The claim passes the remaining " + referral.kind() + " budget of " + year + " ("
                            + Math.max(0, budget.won() - used) + " won left): nothing was recorded.");
        }
        var cap = limits.cap(referral.kind(), today);
        var victimTotal = limits.victimTotal(referral.caseId(), referral.kind());
        var id = UUID.randomUUID();
        var by = ProviderAccess.provider().username();
        var saved = claims.saveAndFlush(Claim.submit(
                id,
                new Claim.Submission(
                        referral,
                        claim.amountWon(),
                        claim.incurredOn(),
                        description,
                        receipt,
                        claim.receipt().length,
                        year,
                        cap,
                        victimTotal,
                        budget,
                        used),
                by,
                now));
        var sealed = sealedValues.seal(
                ReceiptFile.KIND, new ReceiptFile(receipt.mediaType(), claim.receipt()), ReceiptFile.field(id));
        jdbc.sql("INSERT INTO services_claim_receipt (claim_id, sealed) VALUES (?, ?)")
                .params(id, sealed.ciphertext())
                .update();
        audit.record(
                AuditAction.CREATE,
                AuditSubject.of("service-claim", id),
                referral.kind().name() + " " + claim.amountWon() + " " + saved.state());
        return new Submitted(id, saved.state(), cap.won(), victimTotal + claim.amountWon());
    }

    /** The receipt's format, or a refusal before anything is stored. */
    ReceiptFormat checked(byte[] receipt, LocalDate today) {
        if (receipt == null || receipt.length == 0) {
            throw new ReceiptRefused(ReceiptRefused.Why.EMPTY, "A claim needs its receipt file.");
        }
        var max = settings.number(RECEIPT_LIMIT, today);
        if (receipt.length > max) {
            throw new ReceiptRefused(
                    ReceiptRefused.Why.TOO_LARGE, "The receipt is larger than " + max + " bytes: nothing was stored.");
        }
        return ReceiptFormat.of(receipt)
                .orElseThrow(() -> new ReceiptRefused(
                        ReceiptRefused.Why.UNSUPPORTED_TYPE,
                        "The receipt is not a PDF, JPEG or PNG file: nothing was stored."));
    }
}
