package org.ansim.people.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.ansim.cases.CaseId;
import org.ansim.people.LinkStrength;
import org.ansim.people.MatchedKey;
import org.ansim.people.PersonId;
import org.ansim.people.RepeatOffenderLinked;
import org.ansim.privacy.MatchKey;
import org.ansim.referral.PoliceReferralReceived;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A referred case's victim becomes a person of her own, and every earlier victim whose keyed hashes agree (birth date
 * and name or phone) is offered to the case manager as "same person?"; the case's offender is linked to earlier cases'
 * offenders with the same phone (strong) or name (weak). Redelivery of the event changes nothing.
 */
@Component
class ReferredPeople {

    private final JdbcClient jdbc;
    private final MatchQuestionRepository questions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferredPeople(JdbcClient jdbc, MatchQuestionRepository questions, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.questions = questions;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PoliceReferralReceived referral) {
        registerVictim(referral);
        registerOffender(referral);
    }

    private void registerVictim(PoliceReferralReceived referral) {
        var known = jdbc.sql("SELECT count(*) FROM people_victim_case WHERE case_id = ?")
                .param(referral.caseId().value())
                .query(Long.class)
                .single();
        if (known > 0) {
            return;
        }
        var now = clock.instant();
        var person = new PersonId(UUID.randomUUID());
        var name = referral.victimName().hex();
        var birthDate = referral.victimBirthDate().hex();
        var phone = hex(referral.victimPhone());
        jdbc.sql("""
                        INSERT INTO people_person (id, name_key, birth_date_key, phone_key, created_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(person.value(), name, birthDate, phone, java.sql.Timestamp.from(now))
                .update();
        jdbc.sql("""
                        INSERT INTO people_victim_case (case_id, case_number, person_id, linked_at)
                        VALUES (?, ?, ?, ?)""")
                .params(
                        referral.caseId().value(),
                        referral.caseNumber().value(),
                        person.value(),
                        java.sql.Timestamp.from(now))
                .update();
        var candidates = jdbc.sql("""
                        SELECT id, name_key, phone_key FROM people_person
                        WHERE birth_date_key = :birthDate AND merged_into IS NULL AND id <> :person
                          AND (name_key = :name OR phone_key = :phone)
                        ORDER BY created_at""")
                .param("birthDate", birthDate)
                .param("person", person.value())
                .param("name", name)
                .param("phone", phone)
                .query((rs, n) -> new Candidate(
                        rs.getObject("id", UUID.class), rs.getString("name_key"), rs.getString("phone_key")))
                .list();
        for (var candidate : candidates) {
            var matched = EnumSet.of(MatchedKey.BIRTH_DATE);
            if (name.equals(candidate.nameKey())) {
                matched.add(MatchedKey.NAME);
            }
            if (phone != null && phone.equals(candidate.phoneKey())) {
                matched.add(MatchedKey.PHONE);
            }
            questions.save(MatchQuestion.ask(referral.caseId(), person, new PersonId(candidate.id()), matched, now));
        }
    }

    private void registerOffender(PoliceReferralReceived referral) {
        var name = hex(referral.offenderName());
        var phone = hex(referral.offenderPhone());
        if (name == null && phone == null) {
            return;
        }
        var inserted = jdbc.sql("""
                        INSERT INTO people_offender (id, case_id, case_number, name_key, phone_key, created_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (case_id) DO NOTHING""")
                .params(
                        UUID.randomUUID(),
                        referral.caseId().value(),
                        referral.caseNumber().value(),
                        name,
                        phone,
                        java.sql.Timestamp.from(clock.instant()))
                .update();
        if (inserted == 0) {
            return;
        }
        var others = jdbc.sql("""
                        SELECT case_id, name_key, phone_key FROM people_offender
                        WHERE case_id <> :case AND (name_key = :name OR phone_key = :phone)
                        ORDER BY created_at""")
                .param("case", referral.caseId().value())
                .param("name", name)
                .param("phone", phone)
                .query((rs, n) -> new Candidate(
                        rs.getObject("case_id", UUID.class), rs.getString("name_key"), rs.getString("phone_key")))
                .list();
        var linked = new EnumMap<LinkStrength, List<CaseId>>(LinkStrength.class);
        for (var other : others) {
            var strength = phone != null && phone.equals(other.phoneKey()) ? LinkStrength.STRONG : LinkStrength.WEAK;
            for (var pair : List.of(
                    List.of(referral.caseId().value(), other.id()),
                    List.of(other.id(), referral.caseId().value()))) {
                jdbc.sql("""
                                INSERT INTO people_offender_link (case_id, linked_case_id, strength, linked_at)
                                VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                        .params(pair.get(0), pair.get(1), strength.name(), java.sql.Timestamp.from(clock.instant()))
                        .update();
            }
            linked.computeIfAbsent(strength, s -> new ArrayList<>(List.of(referral.caseId())))
                    .add(new CaseId(other.id()));
        }
        linked.forEach((strength, caseIds) -> events.publishEvent(new RepeatOffenderLinked(caseIds, strength)));
    }

    private static @Nullable String hex(@Nullable MatchKey key) {
        return key == null ? null : Objects.requireNonNull(key.hex());
    }

    private record Candidate(
            UUID id, @Nullable String nameKey, @Nullable String phoneKey) {}
}
