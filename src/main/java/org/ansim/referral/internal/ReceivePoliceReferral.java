package org.ansim.referral.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseNumber;
import org.ansim.cases.CaseOpening;
import org.ansim.cases.Channel;
import org.ansim.cases.OpenCase;
import org.ansim.consent.ConsentMethod;
import org.ansim.consent.ConsentPurpose;
import org.ansim.consent.Consents;
import org.ansim.privacy.Address;
import org.ansim.privacy.AssociatedData;
import org.ansim.privacy.MatchKey;
import org.ansim.privacy.MatchKeys;
import org.ansim.privacy.PhoneNumber;
import org.ansim.privacy.SealedKind;
import org.ansim.privacy.SealedValues;
import org.ansim.referral.PoliceReferral;
import org.ansim.referral.PoliceReferralReceived;
import org.ansim.referral.ReferralId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accepts a police referral of a consenting victim: once per (agency, report number), opening one case, sealing
 * what identifies anyone, and announcing it (without clear personal data) to the modules that take it further.
 * A repeat with the same body gets the first answer; with another body it is a conflict.
 *
 * <p>At most {@code ansim.referral.concurrent-intakes} (default 4) referrals are taken in at once on a node; the others
 * wait for their turn before they start a transaction. Opening a case holds the year's case-number row until the
 * intake commits, so intakes run one after the other anyway, and each one needs a second pooled connection while it
 * holds its first (the audit log appends in a transaction of its own). Unbounded, as many intakes as the pool has
 * connections would each hold one and wait for the row or for a second connection that never comes free: the pool
 * deadlocks until its connection timeout. With the bound, waiting requests hold no connection.
 */
@Service
public class ReceivePoliceReferral {

    /** What the police system is told; the same for a repeat. */
    public record Answer(ReferralId referralId, CaseNumber caseNumber, String status) {}

    public sealed interface Outcome {
        record Accepted(Answer answer) implements Outcome {}

        record Repeated(Answer answer) implements Outcome {}

        record Conflicting() implements Outcome {}
    }

    /** The victim as sealed, in one piece. */
    public record SealedVictim(
            String name, LocalDate birthDate, PoliceReferral.Sex sex, String phone, Address address, String language) {}

    /** The offender as sealed, in one piece. */
    public record SealedOffender(
            String name,
            PoliceReferral.Sex sex,
            Integer birthYear,
            PoliceReferral.Relationship relationship,
            String phone,
            Boolean knowsVictimAddress,
            Integer priorStalkingReports) {}

    /** Free text and the officer's contact, sealed. */
    public record SealedDetails(String incidentSummary, String officerName, String officerPhone) {}

    /** The referral after validation, in the module's words. */
    public record Parameters(
            String policeAgency,
            String reportNumber,
            java.time.OffsetDateTime reportedAt,
            PoliceReferral.Consent consent,
            SealedVictim victim,
            Optional<SealedOffender> offender,
            List<PoliceReferral.Behaviour> behaviours,
            java.time.LocalDate firstOccurredOn,
            java.time.OffsetDateTime lastOccurredAt,
            List<PoliceReferral.Measure> measures,
            PoliceReferral.RiskLevel policeRiskLevel,
            Boolean guardRecommended,
            SealedDetails details,
            String requestHash) {}

    static final SealedKind<SealedVictim> VICTIM = SealedKind.json("referral-victim", SealedVictim.class);
    static final SealedKind<SealedOffender> OFFENDER = SealedKind.json("referral-offender", SealedOffender.class);
    static final SealedKind<SealedDetails> DETAILS = SealedKind.json("referral-details", SealedDetails.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final CaseOpening cases;
    private final SealedValues sealedValues;
    private final MatchKeys matchKeys;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Consents consents;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final Semaphore intakes;

    ReceivePoliceReferral(
            JdbcClient jdbc,
            CaseOpening cases,
            Consents consents,
            SealedValues sealedValues,
            MatchKeys matchKeys,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            TransactionTemplate transactions,
            @Value("${ansim.referral.concurrent-intakes:4}") int concurrentIntakes) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.consents = consents;
        this.sealedValues = sealedValues;
        this.matchKeys = matchKeys;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.transactions = transactions;
        this.intakes = new Semaphore(concurrentIntakes, true);
    }

    @PreAuthorize("hasAuthority('SCOPE_referrals:write')")
    public Outcome execute(Parameters referral) {
        intakes.acquireUninterruptibly();
        try {
            var now = clock.instant();
            return transactions.execute(status -> receiveAt(referral, now));
        } finally {
            intakes.release();
        }
    }

    /** Receives the referral as if at {@code now}; in the caller's transaction (demo data with a history). */
    Outcome receiveAt(Parameters referral, java.time.Instant now) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))")
                .param(referral.policeAgency() + "|" + referral.reportNumber())
                .query()
                .singleValue();
        var existing = jdbc.sql("""
                        SELECT id, case_number, request_hash FROM referral_police_referral
                         WHERE police_agency = ? AND report_number = ?
                        """)
                .params(referral.policeAgency(), referral.reportNumber())
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)})
                .optional();
        if (existing.isPresent()) {
            var row = existing.get();
            if (!referral.requestHash().equals(row[2])) {
                return new Outcome.Conflicting();
            }
            return new Outcome.Repeated(
                    new Answer(new ReferralId((UUID) row[0]), new CaseNumber((String) row[1]), "RECEIVED"));
        }

        var id = new ReferralId(UUID.randomUUID());
        var victim = referral.victim();
        var opened = cases.openAt(
                new OpenCase(
                        Channel.POLICE_REFERRAL,
                        referral.policeAgency() + " " + referral.reportNumber(),
                        now,
                        victim.address() == null ? null : victim.address().sigungu(),
                        referral.policeRiskLevel() == null
                                ? null
                                : referral.policeRiskLevel().name(),
                        referral.guardRecommended(),
                        List.of()),
                now);

        for (var purpose : referral.consent().purposes().stream().distinct().toList()) {
            consents.record(
                    opened.id(),
                    ConsentPurpose.valueOf(purpose.name()),
                    Set.of(),
                    referral.consent().obtainedAt().toInstant(),
                    ConsentMethod.valueOf(referral.consent().method().name()),
                    "police:" + referral.policeAgency());
        }

        var victimName = matchKeys.name(victim.name());
        var victimBirth = matchKeys.birthDate(victim.birthDate());
        var victimPhone = phoneKey(victim.phone());
        var offenderName = referral.offender()
                .map(SealedOffender::name)
                .filter(n -> !n.isBlank())
                .map(matchKeys::name);
        var offenderPhone = referral.offender()
                .map(SealedOffender::phone)
                .map(this::phoneKey)
                .flatMap(k -> k);

        jdbc.sql("""
                        INSERT INTO referral_police_referral
                          (id, police_agency, report_number, request_hash, case_id, case_number, received_at, reported_at,
                           consent_obtained_at, consent_method, consent_purposes, police_risk_level, guard_recommended,
                           behaviours, measures, victim_sealed, offender_sealed, details_sealed,
                           victim_name_key, victim_birth_key, victim_phone_key, offender_name_key, offender_phone_key)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id.value(),
                        referral.policeAgency(),
                        referral.reportNumber(),
                        referral.requestHash(),
                        opened.id().value(),
                        opened.number().value(),
                        Timestamp.from(now),
                        Timestamp.from(referral.reportedAt().toInstant()),
                        Timestamp.from(referral.consent().obtainedAt().toInstant()),
                        referral.consent().method().name(),
                        referral.consent().purposes().stream().map(Enum::name).collect(Collectors.joining(",")),
                        referral.policeRiskLevel() == null
                                ? null
                                : referral.policeRiskLevel().name(),
                        referral.guardRecommended(),
                        referral.behaviours().stream().map(Enum::name).collect(Collectors.joining(",")),
                        JSON.writeValueAsString(referral.measures()),
                        sealedValues.seal(VICTIM, victim, where(id, "victim")).ciphertext(),
                        referral.offender()
                                .map(o -> sealedValues
                                        .seal(OFFENDER, o, where(id, "offender"))
                                        .ciphertext())
                                .orElse(null),
                        sealedValues
                                .seal(DETAILS, referral.details(), where(id, "details"))
                                .ciphertext(),
                        victimName.hex(),
                        victimBirth.hex(),
                        victimPhone.map(MatchKey::hex).orElse(null),
                        offenderName.map(MatchKey::hex).orElse(null),
                        offenderPhone.map(MatchKey::hex).orElse(null))
                .update();

        audit.record(AuditAction.CREATE, AuditSubject.of("police-referral", id));
        events.publishEvent(new PoliceReferralReceived(
                id,
                opened.id(),
                opened.number(),
                referral.policeAgency(),
                now,
                referral.consent(),
                referral.policeRiskLevel(),
                referral.guardRecommended(),
                referral.behaviours(),
                referral.measures(),
                victimName,
                victimBirth,
                victimPhone.orElse(null),
                offenderName.orElse(null),
                offenderPhone.orElse(null),
                referral.lastOccurredAt() == null
                        ? null
                        : referral.lastOccurredAt().toInstant()));
        return new Outcome.Accepted(new Answer(id, opened.number(), "RECEIVED"));
    }

    private Optional<MatchKey> phoneKey(String phone) {
        return phone == null || phone.isBlank()
                ? Optional.empty()
                : Optional.of(matchKeys.phone(PhoneNumber.parse(phone)));
    }

    static AssociatedData where(ReferralId id, String field) {
        return AssociatedData.of("police-referral", id.value(), field);
    }
}
