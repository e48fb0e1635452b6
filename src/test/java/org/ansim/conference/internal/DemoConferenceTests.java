package org.ansim.conference.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.ansim.conference.AgendaReason;
import org.ansim.settings.PolicySettings;
import org.ansim.support.AnsimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Demo mode's conference: one next week whose agenda the rules filled (escalation among the reasons), last
 * month's held conference with an overdue action for the demo case manager, and a post-managed case's check-in due
 * today.
 */
@AnsimIntegrationTest
class DemoConferenceTests {

    @Autowired
    Meetings meetings;

    @Autowired
    Agenda agenda;

    @Autowired
    TaskList tasks;

    @Autowired
    FollowUps followUps;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PolicySettings settings;

    @Test
    void theDemoHasANextWeekConferenceFilledByTheRulesAnOverdueActionAndADueCheckIn() {
        var now = Instant.now();
        var nextWeek = meetings.scheduled().stream()
                .filter(m -> m.scheduledBy().equals(DemoConference.LEAD))
                .filter(m -> m.scheduledAt().isAfter(now.plus(5, ChronoUnit.DAYS)))
                .findFirst()
                .orElseThrow();
        var reasons = agenda.items(nextWeek.id()).stream()
                .flatMap(item -> item.reasons().stream())
                .toList();
        // REPEAT too on a fresh demo; other tests in this JVM hold conferences that move every case's last conference.
        assertThat(reasons).contains(AgendaReason.ESCALATION);
        assertThat(jdbc.sql("SELECT count(*) FROM conference_incident WHERE source_key = 'demo:incident:3'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(reasons).containsAnyOf(AgendaReason.POLICE_HIGH, AgendaReason.HIGH_RISK, AgendaReason.JUDGEMENT);

        var overdue =
                jdbc.sql("""
                        SELECT count(*) FROM conference_action
                         WHERE owner = 'demo-case-manager' AND status = 'OPEN' AND due_on < :today""").param("today", settings.today()).query(Long.class).single();
        assertThat(overdue).isPositive();

        assertThat(followUps.pendingDueBy(null, settings.today()))
                .anySatisfy(checkIn -> assertThat(checkIn.dueOn()).isEqualTo(settings.today()));
    }
}
