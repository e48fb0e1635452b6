package org.ansim.people;

import static org.ansim.people.PeopleMother.GANGNAM_KEY;
import static org.ansim.people.PeopleMother.MAPO_KEY;
import static org.ansim.people.PeopleMother.eventually;
import static org.ansim.people.PeopleMother.referred;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ansim.cases.CaseId;
import org.ansim.cases.CaseLookup;
import org.ansim.cases.CaseNumber;
import org.ansim.people.PeopleMother.Offender;
import org.ansim.people.PeopleMother.Victim;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A victim referred again is offered as "same person?"; the same offender across victims links their cases. */
@AnsimIntegrationTest
class PeopleMatchingTests {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    CaseLookup cases;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSameVictimReferredByTwoAgenciesIsOfferedAsTheSamePersonNotMerged() {
        var victim = Victim.unique();
        var first = referred(port, GANGNAM_KEY, victim, Offender.unique());
        var second = referred(port, MAPO_KEY, victim, Offender.unique());

        var matches = eventually(
                () -> people.possibleMatchesFor(id(second)), m -> assertThat(m).hasSize(1));

        var match = matches.getFirst();
        assertThat(match.status()).isEqualTo(PossibleMatchStatus.OPEN);
        assertThat(match.matchedKeys())
                .containsExactlyInAnyOrder(MatchedKey.NAME, MatchedKey.BIRTH_DATE, MatchedKey.PHONE);
        assertThat(match.score()).isEqualTo(100);
        assertThat(match.otherCases()).extracting(ref -> ref.number().value()).containsExactly(first);
        assertThat(people.victimOf(id(second))).isNotEqualTo(people.victimOf(id(first)));
        assertThat(people.possibleMatchesFor(id(first)))
                .singleElement()
                .satisfies(m -> assertThat(m.otherCases())
                        .extracting(ref -> ref.number().value())
                        .containsExactly(second));

        var lead = unitLead();
        var shown = json(lead.getJson("/api/v1/cases/" + second + "/people").body());
        assertThat(shown.get("victimPersonId").asString()).isNotBlank();
        assertThat(shown.get("possibleMatches")
                        .get(0)
                        .get("otherCaseNumbers")
                        .get(0)
                        .asString())
                .isEqualTo(first);
        assertThat(shown.get("possibleMatches").get(0).get("otherCasesNotShown").asInt())
                .isZero();
    }

    @Test
    void spacingAndHyphenVariantsOfNameAndPhoneStillMatch() {
        var victim = Victim.unique().withPhone("010-4321-8765");
        var spaced = victim.name().charAt(0) + " " + victim.name().substring(1, 3) + "-"
                + victim.name().substring(3);
        referred(port, GANGNAM_KEY, victim, Offender.unique());
        var second = referred(port, MAPO_KEY, victim.withName(spaced).withPhone("010 4321 8765"), Offender.unique());

        var matches = eventually(
                () -> people.possibleMatchesFor(id(second)), m -> assertThat(m).isNotEmpty());

        assertThat(matches)
                .anySatisfy(m -> assertThat(m.matchedKeys())
                        .containsExactlyInAnyOrder(MatchedKey.NAME, MatchedKey.BIRTH_DATE, MatchedKey.PHONE));
    }

    @Test
    void aDifferentBirthDateIsNotTheSamePerson() {
        var victim = Victim.unique().withBirthDate("1971-01-01");
        referred(port, GANGNAM_KEY, victim, Offender.unique());
        var second = referred(port, MAPO_KEY, victim.withBirthDate("1971-01-02"), Offender.unique());

        eventually(() -> people.victimOf(id(second)), v -> assertThat(v).isPresent());

        assertThat(people.possibleMatchesFor(id(second))).isEmpty();
    }

    @Test
    void theSameOffenderPhoneAcrossTwoVictimsLinksTheirCasesStrongly() {
        var stalker = Offender.unique();
        var first = referred(port, GANGNAM_KEY, Victim.unique(), stalker);
        var second = referred(
                port, MAPO_KEY, Victim.unique(), new Offender(Victim.unique().name(), stalker.phone()));

        var linked = eventually(
                () -> people.offendersLinkedTo(id(second)), l -> assertThat(l).hasSize(1));

        assertThat(linked.getFirst()).isEqualTo(new LinkedCase(id(first), new CaseNumber(first), LinkStrength.STRONG));
        assertThat(people.offendersLinkedTo(id(first)))
                .containsExactly(new LinkedCase(id(second), new CaseNumber(second), LinkStrength.STRONG));
        var shown =
                json(unitLead().getJson("/api/v1/cases/" + second + "/people").body());
        assertThat(shown.get("linkedOffenderCases").asInt()).isEqualTo(1);
        assertThat(shown.get("stronglyLinkedOffenderCases").asInt()).isEqualTo(1);
    }

    @Test
    void theSameOffenderNameAloneIsAWeakLink() {
        var stalker = Offender.unique();
        var first = referred(port, GANGNAM_KEY, Victim.unique(), stalker);
        var second =
                referred(port, GANGNAM_KEY, Victim.unique(), new Offender(stalker.name(), PeopleMother.uniquePhone()));

        var linked = eventually(
                () -> people.offendersLinkedTo(id(second)), l -> assertThat(l).hasSize(1));

        assertThat(linked.getFirst()).isEqualTo(new LinkedCase(id(first), new CaseNumber(first), LinkStrength.WEAK));
    }

    @Test
    void confirmingLinksTheNewCaseToTheEarlierPersonOnce() {
        var victim = Victim.unique();
        var first = referred(port, GANGNAM_KEY, victim, Offender.unique());
        var second = referred(port, MAPO_KEY, victim, Offender.unique());
        var match = eventually(
                        () -> people.possibleMatchesFor(id(second)),
                        m -> assertThat(m).hasSize(1))
                .getFirst();
        var lead = unitLead();

        var confirmed =
                lead.postJson("/api/v1/cases/" + second + "/possible-matches/" + match.id() + "/confirmation", "{}");

        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.body()).contains("\"status\":\"CONFIRMED\"").contains("demo-unit-lead");
        assertThat(people.victimOf(id(second))).isEqualTo(people.victimOf(id(first)));
        var again = lead.postJson("/api/v1/cases/" + second + "/possible-matches/" + match.id() + "/rejection", "{}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
    }

    @Test
    void rejectingKeepsTheTwoPersonsApart() {
        var victim = Victim.unique();
        var first = referred(port, GANGNAM_KEY, victim, Offender.unique());
        var second = referred(port, MAPO_KEY, victim, Offender.unique());
        var match = eventually(
                        () -> people.possibleMatchesFor(id(second)),
                        m -> assertThat(m).hasSize(1))
                .getFirst();

        var rejected =
                unitLead().postJson("/api/v1/cases/" + first + "/possible-matches/" + match.id() + "/rejection", "{}");

        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(people.possibleMatchesFor(id(second)).getFirst().status()).isEqualTo(PossibleMatchStatus.REJECTED);
        assertThat(people.victimOf(id(second))).isNotEqualTo(people.victimOf(id(first)));
    }

    @Test
    void aCaseManagerSeesOnlyHerCasesAndOtherCasesAreCounted() {
        var victim = Victim.unique();
        referred(port, GANGNAM_KEY, victim, Offender.unique());
        var second = referred(port, MAPO_KEY, victim, Offender.unique());
        eventually(
                () -> people.possibleMatchesFor(id(second)), m -> assertThat(m).hasSize(1));
        var manager = StaffSession.signedIn(port, "demo-case-manager", "demo-password");
        manager.get("/");

        assertThat(manager.getJson("/api/v1/cases/" + second + "/people").statusCode())
                .isEqualTo(404);

        var lead = unitLead();
        var assigned =
                lead.postJson("/api/v1/cases/" + second + "/assignment", "{\"caseManager\":\"demo-case-manager\"}");
        assertThat(assigned.statusCode()).as(assigned.body()).isBetween(200, 204);
        var shown = json(manager.getJson("/api/v1/cases/" + second + "/people").body());
        var match = shown.get("possibleMatches").get(0);
        assertThat(match.get("otherCaseNumbers").size()).isZero();
        assertThat(match.get("otherCasesNotShown").asInt()).isEqualTo(1);
        var page = manager.get("/cases/" + second + "/people");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-match-id");
    }

    @Test
    void nothingPersonalIsStoredInClear() {
        var victim = Victim.unique();
        var stalker = Offender.unique();
        referred(port, GANGNAM_KEY, victim, stalker);
        var second = referred(port, MAPO_KEY, victim, stalker);
        eventually(
                () -> people.offendersLinkedTo(id(second)), l -> assertThat(l).isNotEmpty());

        var clear = List.of(
                victim.name(),
                victim.birthDate(),
                victim.phone(),
                victim.phone().replace("-", ""),
                stalker.name(),
                stalker.phone(),
                stalker.phone().replace("-", ""));
        for (var table : List.of(
                "people_person",
                "people_victim_case",
                "people_possible_match",
                "people_offender",
                "people_offender_link")) {
            var rows = jdbc.sql("SELECT CAST(t AS TEXT) FROM " + table + " t")
                    .query(String.class)
                    .list();
            assertThat(rows)
                    .as(table)
                    .isNotEmpty()
                    .allSatisfy(row -> assertThat(row).doesNotContain(clear.toArray(String[]::new)));
        }
    }

    private CaseId id(String caseNumber) {
        return cases.find(new CaseNumber(caseNumber)).orElseThrow().id();
    }

    private StaffSession unitLead() {
        var lead = StaffSession.signedIn(port, "demo-unit-lead", "demo-password");
        lead.get("/");
        return lead;
    }

    private static JsonNode json(String body) {
        return PeopleMother.JSON.readTree(body);
    }
}
