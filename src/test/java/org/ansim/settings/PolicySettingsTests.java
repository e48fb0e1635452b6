package org.ansim.settings;

import static org.ansim.settings.SettingChangeMother.proposal;
import static org.ansim.settings.SettingChangeMother.unusedFutureDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.LocalDate;
import java.util.Map;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.settings.internal.CancelSettingChange;
import org.ansim.settings.internal.CancellationRefused;
import org.ansim.settings.internal.ScheduleSettingChange;
import org.ansim.settings.internal.SettingChangeRefused;
import org.ansim.settings.internal.SettingChangeRefused.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class PolicySettingsTests {

    @MockitoBean
    AuditLog auditLog;

    @Autowired
    PolicySettings settings;

    @Autowired
    ScheduleSettingChange scheduleChange;

    @Autowired
    CancelSettingChange cancelChange;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void theDefaultsOfMissionAndLawAreInForceToday() {
        var expected = Map.ofEntries(
                Map.entry("guards.per-victim", "2"),
                Map.entry("guards.hours-per-day", "10"),
                Map.entry("guards.max-days", "7"),
                Map.entry("shelter.emergency-stay-days", "30"),
                Map.entry("shelter.long-term-stay-days", "365"),
                Map.entry("relocation.subsidy-cap-won", "2000000"),
                Map.entry("counselling.sessions-per-victim", "10"),
                Map.entry("safety.journey-grace-seconds", "300"),
                Map.entry("identity.lockout.attempts", "5"),
                Map.entry("identity.lockout.minutes", "15"),
                Map.entry("orders.victim-protection-order-in-force-from", "2027-04-22"),
                Map.entry("postmanagement.follow-up-months", "1,3,6"),
                Map.entry("risk.high-min-yes", "14"),
                Map.entry("staff.training-hours-max", "20"));
        expected.forEach((key, value) ->
                assertThat(settings.valueToday(key).value()).as(key).isEqualTo(value));
        assertThat(settings.definitions()).hasSizeGreaterThanOrEqualTo(37);
        assertThat(settings.date("orders.victim-protection-order-in-force-from", settings.today()))
                .isEqualTo(LocalDate.of(2027, 4, 22));
        assertThat(settings.numbers("postmanagement.follow-up-months", settings.today()))
                .containsExactly(1L, 3L, 6L);
    }

    @Test
    void aRuleOfTheAmendedActIsInForceFromTheActsDateOnly() {
        var inForce = LocalDate.of(2024, 1, 12);

        assertThat(settings.findValueOn("orders.provisional-months", inForce.minusDays(1)))
                .isEmpty();
        assertThatThrownBy(() -> settings.valueOn("orders.provisional-months", inForce.minusDays(1)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(settings.valueOn("orders.provisional-months", inForce))
                .isEqualTo(new PolicyValue("orders.provisional-months", "3", inForce));
    }

    @Test
    void anUnknownKeyIsAProgrammingError() {
        assertThatThrownBy(() -> settings.valueToday("guards.per-victm")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.findValueOn("no.such.key", LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithMockUser(username = "demo-admin", roles = "ADMIN")
    void aScheduledChangeIsInForceFromItsDayAndNotTheDayBefore() {
        var today = settings.today();
        var day = unusedFutureDay(today);

        var recorded = scheduleChange.execute("guards.hours-per-day", proposal("8", day));

        assertThat(recorded.recordedBy()).isEqualTo("demo-admin");
        assertThat(settings.numberToday("guards.hours-per-day")).isEqualTo(10);
        assertThat(settings.valueOn("guards.hours-per-day", day.minusDays(1)).value())
                .isEqualTo("10");
        assertThat(settings.valueOn("guards.hours-per-day", day))
                .isEqualTo(new PolicyValue("guards.hours-per-day", "8", day));
        assertThat(settings.number("guards.hours-per-day", day.plusDays(1))).isEqualTo(8);
    }

    @Test
    @WithMockUser(username = "demo-admin", roles = "ADMIN")
    void aChangeIsAuditedAndAnnounced() {
        var day = unusedFutureDay(settings.today());

        var recorded = scheduleChange.execute(
                "relocation.subsidy-cap-won", proposal("1000000", day, "Budget cut (late 2024 figure)"));

        verify(auditLog)
                .record(
                        AuditAction.CHANGE,
                        new AuditSubject("setting", "relocation.subsidy-cap-won"),
                        "Budget cut (late 2024 figure)");
        assertThat(events.stream(PolicySettingChangeScheduled.class))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.changeId()).isEqualTo(recorded.id());
                    assertThat(event.key()).isEqualTo("relocation.subsidy-cap-won");
                    assertThat(event.value()).isEqualTo("1000000");
                    assertThat(event.validFrom()).isEqualTo(day);
                    assertThat(event.recordedBy()).isEqualTo("demo-admin");
                });
    }

    @Test
    @WithMockUser(username = "demo-admin", roles = "ADMIN")
    void aChangeFromTodayIsAllowed() {
        var today = settings.today();

        // the same value as the default, so other tests that read today's value are not disturbed
        var recorded = scheduleChange.execute("guards.per-victim", proposal("2", today));

        assertThat(settings.valueToday("guards.per-victim").validFrom()).isEqualTo(today);
        assertThat(recorded.validFrom()).isEqualTo(today);
    }

    @Test
    @WithMockUser(username = "demo-admin", roles = "ADMIN")
    void aChangeDatedInThePastIsRefusedAndNothingIsRecorded() {
        var yesterday = settings.today().minusDays(1);
        var before = historySize("guards.max-days");

        assertThatThrownBy(() -> scheduleChange.execute("guards.max-days", proposal("5", yesterday)))
                .isInstanceOfSatisfying(
                        SettingChangeRefused.class,
                        e -> assertThat(e.refusals()).extracting(Refusal::field).containsExactly("validFrom"));
        assertThat(settings.valueOn("guards.max-days", yesterday).value()).isEqualTo("7");
        assertThat(historySize("guards.max-days")).isEqualTo(before);
        verify(auditLog, never()).record(any(), any(), any());
    }

    @Test
    @WithMockUser(username = "demo-admin", roles = "ADMIN")
    void aValueOutsideTheAllowedRangeIsRefused() {
        var day = unusedFutureDay(settings.today());

        assertThatThrownBy(() -> scheduleChange.execute("guards.hours-per-day", proposal("25", day)))
                .isInstanceOfSatisfying(
                        SettingChangeRefused.class,
                        e -> assertThat(e.refusals())
                                .containsExactly(Refusal.of("value", "settings.error.value.range", "1", "24")));
        assertThat(settings.number("guards.hours-per-day", day)).isNotEqualTo(25);
    }

    @Test
    @WithMockUser(username = "demo-admin", roles = "ADMIN")
    void twoChangesCannotStartOnTheSameDay() {
        var day = unusedFutureDay(settings.today());
        scheduleChange.execute("shelter.emergency-stay-days", proposal("45", day));

        assertThatThrownBy(() -> scheduleChange.execute("shelter.emergency-stay-days", proposal("60", day)))
                .isInstanceOfSatisfying(
                        SettingChangeRefused.class,
                        e -> assertThat(e.refusals())
                                .containsExactly(Refusal.of("validFrom", "settings.error.validFrom.taken")));
    }

    @Test
    @WithMockUser(username = "demo-admin", roles = "ADMIN")
    void aCancelledChangeNeverComesIntoForceButStaysInTheHistory() {
        var day = unusedFutureDay(settings.today());
        var scheduled = scheduleChange.execute("counselling.sessions-per-victim", proposal("12", day));

        var cancelled = cancelChange.execute("counselling.sessions-per-victim", scheduled.id(), "Budget not approved");

        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.cancelledBy()).isEqualTo("demo-admin");
        assertThat(cancelled.cancelledAt()).isNotNull();
        assertThat(settings.valueOn("counselling.sessions-per-victim", day).value())
                .isEqualTo("10");
        verify(auditLog)
                .record(
                        AuditAction.CHANGE,
                        new AuditSubject("setting", "counselling.sessions-per-victim"),
                        "Budget not approved");
        assertThat(events.stream(PolicySettingChangeCancelled.class)).hasSize(1);
        // the day is free again
        scheduleChange.execute("counselling.sessions-per-victim", proposal("11", day));
        assertThat(settings.valueOn("counselling.sessions-per-victim", day).value())
                .isEqualTo("11");
    }

    @Test
    @WithMockUser(username = "demo-admin", roles = "ADMIN")
    void aValueInForceCannotBeCancelled() {
        var seeded = jdbc.sql("SELECT id FROM settings_value WHERE key = 'risk.items'")
                .query(Long.class)
                .single();

        assertThatThrownBy(() -> cancelChange.execute("risk.items", seeded, "mistake"))
                .isInstanceOfSatisfying(
                        CancellationRefused.class,
                        e -> assertThat(e.why()).isEqualTo(CancellationRefused.Why.ALREADY_IN_FORCE));
        assertThat(settings.valueToday("risk.items").value()).isEqualTo("24");
    }

    @Test
    @WithMockUser(username = "demo-admin", roles = "ADMIN")
    void aChangeCannotBeCancelledTwice() {
        var day = unusedFutureDay(settings.today());
        var scheduled = scheduleChange.execute("survey.interval-years", proposal("4", day));
        cancelChange.execute("survey.interval-years", scheduled.id(), "first");

        assertThatThrownBy(() -> cancelChange.execute("survey.interval-years", scheduled.id(), "again"))
                .isInstanceOfSatisfying(
                        CancellationRefused.class,
                        e -> assertThat(e.why()).isEqualTo(CancellationRefused.Why.ALREADY_CANCELLED));
    }

    @Test
    @WithMockUser(roles = "UNIT_LEAD")
    void onlyAnAdministratorSchedulesAChange() {
        var day = unusedFutureDay(settings.today());

        assertThatThrownBy(() -> scheduleChange.execute("guards.max-days", proposal("5", day)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDatabaseRefusesToRewriteOrDeleteHistory() {
        var seeded = jdbc.sql("SELECT id FROM settings_value WHERE key = 'audit.retention-years'")
                .query(Long.class)
                .single();

        assertThatThrownBy(() -> jdbc.sql("UPDATE settings_value SET value = '1' WHERE id = :id")
                        .param("id", seeded)
                        .update())
                .hasMessageContaining("keeps its history");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM settings_value WHERE id = :id")
                        .param("id", seeded)
                        .update())
                .hasMessageContaining("keeps its history");
        assertThat(settings.valueToday("audit.retention-years").value()).isEqualTo("2");
    }

    private long historySize(String key) {
        return jdbc.sql("SELECT count(*) FROM settings_value WHERE key = :key")
                .param("key", key)
                .query(Long.class)
                .single();
    }
}
