package org.ansim.people;

import static org.ansim.people.PeopleMother.GANGNAM_KEY;
import static org.ansim.people.PeopleMother.eventually;
import static org.ansim.people.PeopleMother.referred;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.ansim.cases.CaseId;
import org.ansim.cases.CaseLookup;
import org.ansim.cases.CaseNumber;
import org.ansim.intake.ApplicationMother;
import org.ansim.intake.ApplicationMother.Applicant;
import org.ansim.people.PeopleMother.Offender;
import org.ansim.people.PeopleMother.Victim;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A victim known from a police referral who later calls 1366 is offered as "same person?", not registered twice. */
@AnsimIntegrationTest
class CrossChannelMatchingTests {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    CaseLookup cases;

    @Test
    void aReferredVictimWhoCallsTheHotlineIsOfferedAsTheSamePerson() {
        var victim = Victim.unique().withPhone("010-5821-3307");
        var referral = referred(port, GANGNAM_KEY, victim, Offender.unique());
        var spaced = victim.name().charAt(0) + " " + victim.name().substring(1, 3) + "-"
                + victim.name().substring(3);

        var application = applied(new Applicant(spaced, victim.birthDate(), "010 5821 3307"));

        var matches = eventually(
                () -> people.possibleMatchesFor(id(application)),
                m -> assertThat(m).hasSize(1));
        var match = matches.getFirst();
        assertThat(match.status()).isEqualTo(PossibleMatchStatus.OPEN);
        assertThat(match.matchedKeys())
                .containsExactlyInAnyOrder(MatchedKey.NAME, MatchedKey.BIRTH_DATE, MatchedKey.PHONE);
        assertThat(match.otherCases()).extracting(ref -> ref.number().value()).containsExactly(referral);
        assertThat(people.victimOf(id(application))).isPresent().isNotEqualTo(people.victimOf(id(referral)));
    }

    @Test
    void anApplicantWithoutAPhoneIsMatchedByNameAndBirthDate() {
        var victim = Victim.unique();
        var referral = referred(port, GANGNAM_KEY, victim, Offender.unique());

        var application = applied(new Applicant(victim.name(), victim.birthDate(), null));

        var match = eventually(
                        () -> people.possibleMatchesFor(id(application)),
                        m -> assertThat(m).hasSize(1))
                .getFirst();
        assertThat(match.matchedKeys()).containsExactlyInAnyOrder(MatchedKey.NAME, MatchedKey.BIRTH_DATE);
        assertThat(match.otherCases()).extracting(ref -> ref.number().value()).containsExactly(referral);
    }

    @Test
    void aNewApplicantBecomesAPersonWithNothingToAsk() {
        var application = applied(Applicant.unique());

        eventually(() -> people.victimOf(id(application)), v -> assertThat(v).isPresent());
        assertThat(people.possibleMatchesFor(id(application))).isEmpty();
    }

    private String applied(Applicant applicant) {
        var counsellor = StaffSession.signedIn(port, "demo-hotline", "demo-password");
        counsellor.get("/");
        var response = counsellor.sendJson(
                "POST",
                "/api/v1/applications",
                ApplicationMother.hotlineCall(applicant).toString(),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApplicationMother.JSON
                .readTree(response.body())
                .get("caseNumber")
                .asString();
    }

    private CaseId id(String caseNumber) {
        return cases.find(new CaseNumber(caseNumber)).orElseThrow().id();
    }
}
