package org.ansim.conference.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import org.ansim.cases.CaseId;
import org.ansim.conference.AgendaReason;
import org.ansim.settings.PolicySettings;
import org.ansim.support.AnsimIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The agenda rules of LAW.md at their boundaries: the police's HIGH, escalation at 2 and 3 incidents in 12 months,
 * and the repeat rule — an incident exactly 12 months after the last conference is a repeat, one a day later is not —
 * and the per-case incident summary the rules read (V42_2's triggers): withdrawals, incidents that came before the case,
 * more incidents than it keeps, a new conference.
 */
@AnsimIntegrationTest
class AgendaRulesTests {

    static final Instant MEETING =
            ZonedDateTime.of(2026, 6, 15, 14, 0, 0, 0, PolicySettings.ZONE).toInstant();

    @Autowired
    AgendaCriteria criteria;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncidentRegister register;

    IncidentMother mother;

    @BeforeEach
    void mother() {
        mother = new IncidentMother(jdbc);
    }

    Optional<Set<AgendaReason>> reasonsFor(CaseId caseId, Instant asOf) {
        return criteria.evaluate(asOf).stream()
                .filter(c -> c.caseId().equals(caseId))
                .findFirst()
                .map(AgendaCriteria.Candidate::reasons);
    }

    static Instant monthsBefore(Instant at, int months) {
        return at.atZone(PolicySettings.ZONE).minusMonths(months).toInstant();
    }

    @Test
    void aCaseThePoliceRatedHighIsOnTheAgendaAndAMediumOneWithoutIncidentsIsNot() {
        var high = mother.aCase("HIGH", "ACTIVE");
        var medium = mother.aMediumCase();

        assertThat(reasonsFor(high, MEETING)).contains(Set.of(AgendaReason.POLICE_HIGH));
        assertThat(reasonsFor(medium, MEETING)).isEmpty();
    }

    @Test
    void aClosedCaseRatedHighStaysWithPostManagement() {
        var closed = mother.aCase("HIGH", "CLOSED");

        assertThat(reasonsFor(closed, MEETING)).isEmpty();
    }

    @Test
    void twoIncidentsInTwelveMonthsAreNoEscalationAndThreeAre() {
        var medium = mother.aMediumCase();
        mother.incident(medium, monthsBefore(MEETING, 11));
        mother.incident(medium, monthsBefore(MEETING, 1));
        mother.incident(medium, monthsBefore(MEETING, 13));

        assertThat(reasonsFor(medium, MEETING)).isEmpty();

        mother.incident(medium, MEETING.minusSeconds(3600));

        assertThat(reasonsFor(medium, MEETING)).contains(Set.of(AgendaReason.ESCALATION));
    }

    @Test
    void anIncidentExactlyTwelveMonthsAfterTheLastConferenceIsARepeat() {
        var medium = mother.aMediumCase();
        var lastConference = monthsBefore(MEETING, 12);
        mother.lastConferenced(medium, lastConference);
        mother.incident(medium, MEETING);

        assertThat(reasonsFor(medium, MEETING)).contains(Set.of(AgendaReason.REPEAT));
    }

    @Test
    void anIncidentTwelveMonthsAndOneDayAfterTheLastConferenceIsNoRepeat() {
        var medium = mother.aMediumCase();
        var lastConference = monthsBefore(MEETING, 12).minusSeconds(24 * 3600);
        mother.lastConferenced(medium, lastConference);
        mother.incident(medium, MEETING);

        assertThat(reasonsFor(medium, MEETING)).isEmpty();
    }

    @Test
    void anIncidentBeforeTheLastConferenceIsNoRepeat() {
        var medium = mother.aMediumCase();
        mother.lastConferenced(medium, monthsBefore(MEETING, 2));
        mother.incident(medium, monthsBefore(MEETING, 3));

        assertThat(reasonsFor(medium, MEETING)).isEmpty();
    }

    @Test
    void anIncidentExactlyTwelveMonthsBeforeTheMeetingIsOutsideTheWindowAndOneASecondLaterInside() {
        var medium = mother.aMediumCase();
        mother.incident(medium, monthsBefore(MEETING, 1));
        mother.incident(medium, monthsBefore(MEETING, 2));
        mother.incident(medium, monthsBefore(MEETING, 12));

        assertThat(reasonsFor(medium, MEETING)).isEmpty();

        mother.incident(medium, monthsBefore(MEETING, 12).plusSeconds(1));

        assertThat(reasonsFor(medium, MEETING)).contains(Set.of(AgendaReason.ESCALATION));
    }

    @Test
    void aWithdrawnIncidentNoLongerCounts() {
        var medium = mother.aMediumCase();
        mother.incident(medium, monthsBefore(MEETING, 3));
        mother.incident(medium, monthsBefore(MEETING, 2));
        var sos = mother.incident(medium, monthsBefore(MEETING, 1));
        assertThat(reasonsFor(medium, MEETING)).contains(Set.of(AgendaReason.ESCALATION));

        register.withdraw(sos, MEETING);

        assertThat(reasonsFor(medium, MEETING)).isEmpty();
    }

    @Test
    void incidentsRegisteredBeforeTheCaseReachedTheConferenceCount() {
        var medium = mother.aMediumCaseArrivingAfter(
                monthsBefore(MEETING, 3), monthsBefore(MEETING, 2), monthsBefore(MEETING, 1));

        assertThat(reasonsFor(medium, MEETING)).contains(Set.of(AgendaReason.ESCALATION));
    }

    @Test
    void recentIncidentsCountBehindMoreOlderOnesThanTheSummaryKeeps() {
        var medium = mother.aMediumCase();
        for (int i = 0; i < AgendaCriteria.LATEST_KEPT + 10; i++) {
            mother.incident(medium, monthsBefore(MEETING, 30).plusSeconds(i));
        }
        mother.incident(medium, monthsBefore(MEETING, 3));
        mother.incident(medium, monthsBefore(MEETING, 2));

        assertThat(reasonsFor(medium, MEETING)).isEmpty();

        mother.incident(medium, monthsBefore(MEETING, 1));

        assertThat(reasonsFor(medium, MEETING)).contains(Set.of(AgendaReason.ESCALATION));
    }

    @Test
    void aLaterConferenceEndsTheRepeatUntilTheNextIncident() {
        var medium = mother.aMediumCase();
        mother.lastConferenced(medium, monthsBefore(MEETING, 6));
        mother.incident(medium, monthsBefore(MEETING, 4));
        assertThat(reasonsFor(medium, MEETING)).contains(Set.of(AgendaReason.REPEAT));

        mother.lastConferenced(medium, monthsBefore(MEETING, 3));

        assertThat(reasonsFor(medium, MEETING)).isEmpty();

        mother.incident(medium, monthsBefore(MEETING, 1));

        assertThat(reasonsFor(medium, MEETING)).contains(Set.of(AgendaReason.REPEAT));
    }

    @Test
    void theSummaryKeepsAsManyIncidentsAsTheEscalationSettingMayAskFor() {
        var highest = jdbc.sql(
                        "SELECT max_value FROM settings_definition WHERE key = 'conference.escalation-incidents'")
                .query(Long.class)
                .single();

        assertThat(highest).isEqualTo((long) AgendaCriteria.LATEST_KEPT);
    }

    @Test
    void forAPastMeetingOnlyTheIncidentsUpToItCount() {
        var medium = mother.aMediumCase();
        mother.incident(medium, monthsBefore(MEETING, 3));
        mother.incident(medium, monthsBefore(MEETING, 2));
        mother.incident(medium, MEETING.plusSeconds(3600));
        mother.incident(medium, MEETING.plusSeconds(7200));

        assertThat(reasonsFor(medium, MEETING)).isEmpty();

        mother.incident(medium, monthsBefore(MEETING, 1));

        assertThat(reasonsFor(medium, MEETING)).contains(Set.of(AgendaReason.ESCALATION));
    }
}
