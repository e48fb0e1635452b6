package org.ansim.people.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ansim.cases.CaseId;
import org.ansim.people.MatchedKey;
import org.ansim.people.PersonId;
import org.ansim.people.PossibleMatchId;
import org.ansim.people.PossibleMatchStatus;

/**
 * "Is this new victim the same person as an earlier one?" Asked once per pair, answered once by a case manager or the
 * unit lead; until then the two persons stay apart.
 */
@Entity
@Table(name = "people_possible_match")
class MatchQuestion {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID caseId;

    @Column(nullable = false)
    private UUID personId;

    @Column(nullable = false)
    private UUID existingPersonId;

    @Column(nullable = false)
    private String matchedKeys;

    @Column(nullable = false)
    private int score;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PossibleMatchStatus status;

    @Column(nullable = false)
    private Instant foundAt;

    private String decidedBy;
    private Instant decidedAt;

    @Version
    private Long version;

    protected MatchQuestion() {}

    static MatchQuestion ask(CaseId caseId, PersonId person, PersonId existing, Set<MatchedKey> matched, Instant at) {
        if (!matched.contains(MatchedKey.BIRTH_DATE) || matched.size() < 2) {
            throw new IllegalArgumentException("A possible match needs the birth date and one more key: " + matched);
        }
        if (person.equals(existing)) {
            throw new IllegalArgumentException("A person is not a possible match of herself");
        }
        var question = new MatchQuestion();
        question.id = UUID.randomUUID();
        question.caseId = caseId.value();
        question.personId = person.value();
        question.existingPersonId = existing.value();
        question.matchedKeys = matched.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        question.score = Math.round(100f * matched.size() / MatchedKey.values().length);
        question.status = PossibleMatchStatus.OPEN;
        question.foundAt = at;
        return question;
    }

    void confirm(String by, Instant at) {
        decide(PossibleMatchStatus.CONFIRMED, by, at);
    }

    void reject(String by, Instant at) {
        decide(PossibleMatchStatus.REJECTED, by, at);
    }

    private void decide(PossibleMatchStatus decision, String by, Instant at) {
        if (status != PossibleMatchStatus.OPEN) {
            throw new MatchAlreadyDecided(
                    "This possible match was already " + status.name().toLowerCase(java.util.Locale.ROOT));
        }
        this.status = decision;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    PossibleMatchId id() {
        return new PossibleMatchId(id);
    }

    CaseId caseId() {
        return new CaseId(caseId);
    }

    PersonId person() {
        return new PersonId(personId);
    }

    PersonId existingPerson() {
        return new PersonId(existingPersonId);
    }

    PossibleMatchStatus status() {
        return status;
    }

    static Set<MatchedKey> keysOf(String stored) {
        if (stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(","))
                .map(MatchedKey::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MatchedKey.class)));
    }
}
