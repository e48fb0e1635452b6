package org.ansim.settings.internal;

import static org.ansim.settings.SettingChangeMother.proposal;
import static org.ansim.settings.SettingChangeMother.unusedFutureDay;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.ansim.audit.AuditLog;
import org.ansim.settings.PolicySettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** "Today" follows the clock in Asia/Seoul: a change scheduled for a day is in force from that day's first moment. */
@SpringBootTest
@AutoConfigureMockMvc
class JdbcPolicySettingsClockTests {

    @MockitoBean
    AuditLog auditLog;

    @Autowired
    SettingsCatalogue catalogue;

    @Autowired
    PolicySettings settings;

    @Autowired
    ScheduleSettingChange scheduleChange;

    @Test
    @WithMockUser(roles = "ADMIN")
    void todaysValueChangesAtMidnightInSeoul() {
        var day = unusedFutureDay(settings.today());
        scheduleChange.execute("identity.lockout.minutes", proposal("30", day));
        var midnightInSeoul = day.atStartOfDay(PolicySettings.ZONE).toInstant();

        var justBefore =
                new JdbcPolicySettings(catalogue, Clock.fixed(midnightInSeoul.minusSeconds(1), ZoneOffset.UTC));
        var atMidnight = new JdbcPolicySettings(catalogue, Clock.fixed(midnightInSeoul, ZoneOffset.UTC));

        assertThat(justBefore.today()).isEqualTo(day.minusDays(1));
        assertThat(justBefore.numberToday("identity.lockout.minutes")).isEqualTo(15);
        assertThat(atMidnight.today()).isEqualTo(day);
        assertThat(atMidnight.numberToday("identity.lockout.minutes")).isEqualTo(30);
        // 15:00 UTC is already the next day in Seoul
        assertThat(new JdbcPolicySettings(
                                catalogue,
                                Clock.fixed(
                                        day.minusDays(1)
                                                .atTime(LocalTime.of(15, 0))
                                                .toInstant(ZoneOffset.UTC),
                                        ZoneOffset.UTC))
                        .today())
                .isEqualTo(day);
    }
}
