package org.ansim.intake.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseId;
import org.ansim.cases.CaseNumber;
import org.ansim.cases.CaseOpening;
import org.ansim.cases.Channel;
import org.ansim.cases.OpenCase;
import org.ansim.consent.ConsentMethod;
import org.ansim.consent.ConsentPurpose;
import org.ansim.consent.Consents;
import org.ansim.intake.ApplicationId;
import org.ansim.intake.ApplicationReceived;
import org.ansim.intake.ServiceKind;
import org.ansim.privacy.Address;
import org.ansim.privacy.AssociatedData;
import org.ansim.privacy.MatchKey;
import org.ansim.privacy.MatchKeys;
import org.ansim.privacy.PhoneNumber;
import org.ansim.privacy.SealedKind;
import org.ansim.privacy.SealedNote;
import org.ansim.privacy.SealedValues;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One application, every service: opens the case, records the consent the applicant gave and how, seals who she
 * is, and announces the services she asked for. Retrying with the same idempotency key gets the first answer.
 */
@Service
public class ReceiveApplication {

    /** Who applies, as sealed in one piece. */
    public record Applicant(String name, LocalDate birthDate, String phone, Address address) {}

    public record Parameters(
            Channel channel,
            Applicant applicant,
            List<ServiceKind> servicesWanted,
            Set<ConsentPurpose> consentedPurposes,
            ConsentMethod consentMethod,
            String consentScript,
            String howConsentWasGiven,
            String receivedBy,
            Optional<String> idempotencyKey,
            String requestHash) {}

    public record Answer(
            ApplicationId applicationId, CaseId caseId, CaseNumber caseNumber, String confirmationNumber) {}

    public sealed interface Outcome {
        record Accepted(Answer answer) implements Outcome {}

        record Repeated(Answer answer) implements Outcome {}

        record Conflicting() implements Outcome {}
    }

    static final SealedKind<Applicant> APPLICANT = SealedKind.json("intake-applicant", Applicant.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CONFIRMATION_ALPHABET = "ACDEFGHJKLMNPQRTUVWXY34679";

    private final JdbcClient jdbc;
    private final CaseOpening cases;
    private final Consents consents;
    private final SealedValues sealedValues;
    private final MatchKeys matchKeys;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReceiveApplication(
            JdbcClient jdbc,
            CaseOpening cases,
            Consents consents,
            SealedValues sealedValues,
            MatchKeys matchKeys,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.consents = consents;
        this.sealedValues = sealedValues;
        this.matchKeys = matchKeys;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Outcome execute(Parameters application) {
        return receiveAt(application, clock.instant());
    }

    /** Receives the application as if at {@code now}; in the caller's transaction (demo data with a history). */
    Outcome receiveAt(Parameters application, java.time.Instant now) {
        if (!application.consentedPurposes().contains(ConsentPurpose.CASE_MANAGEMENT)) {
            throw new IllegalArgumentException("An application needs consent to case management");
        }
        if (application.idempotencyKey().isPresent()) {
            var key = application.idempotencyKey().get();
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))")
                    .param("intake|" + key)
                    .query()
                    .singleValue();
            var existing = jdbc.sql("SELECT id, case_id, case_number, confirmation_number, request_hash"
                            + " FROM intake_application"
                            + " WHERE idempotency_key = ?")
                    .param(key)
                    .query((rs, n) -> new String[] {
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)
                    })
                    .optional();
            if (existing.isPresent()) {
                var row = existing.get();
                if (!row[4].equals(application.requestHash())) {
                    return new Outcome.Conflicting();
                }
                return new Outcome.Repeated(new Answer(
                        new ApplicationId(UUID.fromString(row[0])),
                        new CaseId(UUID.fromString(row[1])),
                        new CaseNumber(row[2]),
                        row[3]));
            }
        }
        var id = new ApplicationId(UUID.randomUUID());
        var confirmation = confirmationNumber();
        var applicant = application.applicant();
        var opened = cases.openAt(
                new OpenCase(
                        application.channel(),
                        confirmation,
                        now,
                        applicant.address() == null ? null : applicant.address().sigungu(),
                        null,
                        null,
                        application.servicesWanted().stream().map(Enum::name).toList()),
                now);
        for (var purpose : application.consentedPurposes()) {
            consents.record(opened.id(), purpose, Set.of(), now, application.consentMethod(), application.receivedBy());
        }
        var name = matchKeys.name(applicant.name());
        var birth = matchKeys.birthDate(applicant.birthDate());
        var phone = Optional.ofNullable(applicant.phone())
                .filter(p -> !p.isBlank())
                .map(p -> matchKeys.phone(PhoneNumber.parse(p)));
        jdbc.sql("""
                        INSERT INTO intake_application
                          (id, channel, confirmation_number, idempotency_key, request_hash, case_id, case_number,
                           received_at, received_by, services_wanted, consent_method, consent_script,
                           applicant_sealed, consent_note_sealed, applicant_name_key, applicant_birth_key,
                           applicant_phone_key)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id.value(),
                        application.channel().name(),
                        confirmation,
                        application.idempotencyKey().orElse(null),
                        application.requestHash(),
                        opened.id().value(),
                        opened.number().value(),
                        Timestamp.from(now),
                        application.receivedBy(),
                        application.servicesWanted().stream().map(Enum::name).collect(Collectors.joining(",")),
                        application.consentMethod().name(),
                        application.consentScript(),
                        sealedValues
                                .seal(APPLICANT, applicant, where(id, "applicant"))
                                .ciphertext(),
                        application.howConsentWasGiven() == null
                                        || application.howConsentWasGiven().isBlank()
                                ? null
                                : sealedValues
                                        .seal(
                                                new SealedNote(application.howConsentWasGiven()),
                                                where(id, "consent-note"))
                                        .ciphertext(),
                        name.hex(),
                        birth.hex(),
                        phone.map(MatchKey::hex).orElse(null))
                .update();
        audit.record(
                AuditAction.CREATE,
                AuditSubject.of("application", id.value()),
                application.channel().name());
        events.publishEvent(new ApplicationReceived(
                id,
                opened.id(),
                opened.number(),
                application.channel(),
                List.copyOf(application.servicesWanted()),
                now,
                name,
                birth,
                phone.orElse(null)));
        return new Outcome.Accepted(new Answer(id, opened.id(), opened.number(), confirmation));
    }

    /** Short, unambiguous when read over the phone: no 0/O, 1/I, 2/Z, 5/S, 8/B. */
    private static String confirmationNumber() {
        var text = new StringBuilder("A-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                text.append('-');
            }
            text.append(CONFIRMATION_ALPHABET.charAt(RANDOM.nextInt(CONFIRMATION_ALPHABET.length())));
        }
        return text.toString();
    }

    static AssociatedData where(ApplicationId id, String field) {
        return AssociatedData.of("application", id.value(), field);
    }
}
