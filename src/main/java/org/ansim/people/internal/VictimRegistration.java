package org.ansim.people.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.UUID;
import org.ansim.cases.CaseActivityNoted;
import org.ansim.cases.CaseId;
import org.ansim.cases.CaseNumber;
import org.ansim.people.MatchedKey;
import org.ansim.people.PersonId;
import org.ansim.privacy.MatchKey;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A new case's victim becomes a person of her own, whatever channel brought her (police referral, hotline, online,
 * walk-in), and every earlier victim whose keyed hashes agree (birth date and name or phone) is offered to the case
 * manager as "same person?". Registering the same case again changes nothing.
 */
@Component
class VictimRegistration {

    private final JdbcClient jdbc;
    private final MatchQuestionRepository questions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VictimRegistration(
            JdbcClient jdbc, MatchQuestionRepository questions, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.questions = questions;
        this.events = events;
        this.clock = clock;
    }

    void register(
            CaseId caseId,
            CaseNumber caseNumber,
            MatchKey victimName,
            MatchKey victimBirthDate,
            @Nullable MatchKey victimPhone) {
        var known = jdbc.sql("SELECT count(*) FROM people_victim_case WHERE case_id = ?")
                .param(caseId.value())
                .query(Long.class)
                .single();
        if (known > 0) {
            return;
        }
        var now = clock.instant();
        var person = new PersonId(UUID.randomUUID());
        var name = victimName.hex();
        var birthDate = victimBirthDate.hex();
        var phone = victimPhone == null ? null : victimPhone.hex();
        jdbc.sql("""
                        INSERT INTO people_person (id, name_key, birth_date_key, phone_key, created_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(person.value(), name, birthDate, phone, java.sql.Timestamp.from(now))
                .update();
        jdbc.sql("""
                        INSERT INTO people_victim_case (case_id, case_number, person_id, linked_at)
                        VALUES (?, ?, ?, ?)""")
                .params(caseId.value(), caseNumber.value(), person.value(), java.sql.Timestamp.from(now))
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
            questions.save(MatchQuestion.ask(caseId, person, new PersonId(candidate.id()), matched, now));
        }
        if (!candidates.isEmpty()) {
            events.publishEvent(new CaseActivityNoted(
                    caseId, "people", "POSSIBLE_MATCH_FOUND", String.valueOf(candidates.size()), null, now));
        }
    }

    private record Candidate(
            UUID id, @Nullable String nameKey, @Nullable String phoneKey) {}
}
