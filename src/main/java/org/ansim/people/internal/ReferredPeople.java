package org.ansim.people.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.ansim.cases.CaseActivityNoted;
import org.ansim.cases.CaseId;
import org.ansim.people.LinkStrength;
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
    private final VictimRegistration victims;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferredPeople(JdbcClient jdbc, VictimRegistration victims, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.victims = victims;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PoliceReferralReceived referral) {
        victims.register(
                referral.caseId(),
                referral.caseNumber(),
                referral.victimName(),
                referral.victimBirthDate(),
                referral.victimPhone());
        registerOffender(referral);
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
        if (!others.isEmpty()) {
            var now = clock.instant();
            events.publishEvent(new CaseActivityNoted(
                    referral.caseId(),
                    "people",
                    "REPEAT_OFFENDER_LINKED",
                    others.stream()
                            .map(other -> caseNumberOf(other.id()))
                            .collect(java.util.stream.Collectors.joining(", ")),
                    null,
                    now));
            for (var other : others) {
                events.publishEvent(new CaseActivityNoted(
                        new CaseId(other.id()),
                        "people",
                        "REPEAT_OFFENDER_LINKED",
                        referral.caseNumber().value(),
                        null,
                        now));
            }
        }
    }

    private String caseNumberOf(UUID caseId) {
        return jdbc.sql("SELECT case_number FROM people_offender WHERE case_id = ?")
                .param(caseId)
                .query(String.class)
                .single();
    }

    private static @Nullable String hex(@Nullable MatchKey key) {
        return key == null ? null : Objects.requireNonNull(key.hex());
    }

    private record Candidate(
            UUID id, @Nullable String nameKey, @Nullable String phoneKey) {}
}
