package org.ansim.conference.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.ansim.cases.CaseLookup;
import org.ansim.cases.CaseStatus;
import org.ansim.cases.CaseSummary;
import org.ansim.conference.ConferenceId;
import org.ansim.conference.IncidentKind;
import org.ansim.database.DemoMode;
import org.ansim.settings.PolicySettings;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode (after the caseload, screenings and orders): the conference's read model of the demo caseload, a few
 * incidents so that one of {@code demo-case-manager}'s cases escalates and another is a repeat, last month's conference
 * held with its decision and plan (one action overdue), a conference next week whose agenda the rules fill, and a
 * post-managed case whose first check-in call is due today. Created once.
 */
@Component
@Order(130)
class DemoConference implements ApplicationRunner {

    static final String LEAD = "demo-unit-lead";
    static final String MANAGER = "demo-case-manager";

    private final DemoMode demo;
    private final ConferenceCases conferenceCases;
    private final RecordIncident incidents;
    private final Meetings meetings;
    private final Agenda agenda;
    private final Discussion discussion;
    private final ResponsePlan plan;
    private final FollowUps followUps;
    private final CaseLookup cases;
    private final PolicySettings settings;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoConference(
            DemoMode demo,
            ConferenceCases conferenceCases,
            RecordIncident incidents,
            Meetings meetings,
            Agenda agenda,
            Discussion discussion,
            ResponsePlan plan,
            FollowUps followUps,
            CaseLookup cases,
            PolicySettings settings,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            Clock clock) {
        this.demo = demo;
        this.conferenceCases = conferenceCases;
        this.incidents = incidents;
        this.meetings = meetings;
        this.agenda = agenda;
        this.discussion = discussion;
        this.plan = plan;
        this.followUps = followUps;
        this.cases = cases;
        this.settings = settings;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo.enabled()) {
            transactions.executeWithoutResult(status -> seed());
        }
    }

    private void seed() {
        jdbc.sql("SELECT pg_advisory_xact_lock(7342)").query().singleValue();
        if (jdbc.sql("SELECT count(*) FROM conference_meeting WHERE scheduled_by = :lead")
                        .param("lead", LEAD)
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        var now = clock.instant();
        var today = settings.today();
        cases.all().forEach(this::know);
        List<CaseSummary> mine = cases.caseloadOf(MANAGER).stream()
                .filter(found -> found.status() != CaseStatus.POST_MANAGEMENT && found.status() != CaseStatus.CLOSED)
                .limit(4)
                .toList();
        if (mine.size() < 2) {
            return;
        }
        var escalating = mine.get(0);
        var repeat = mine.get(1);

        incidents.fromSource(
                escalating.id(),
                IncidentKind.STAFF_RECORDED,
                now.minus(Duration.ofDays(40)),
                MANAGER,
                "demo:incident:1",
                "직장 앞에서 기다림",
                MANAGER);
        incidents.fromSource(
                escalating.id(),
                IncidentKind.STAFF_RECORDED,
                now.minus(Duration.ofDays(9)),
                MANAGER,
                "demo:incident:2",
                "문자 30여 통",
                MANAGER);
        incidents.fromSource(
                escalating.id(),
                IncidentKind.STAFF_RECORDED,
                now.minus(Duration.ofDays(100)),
                MANAGER,
                "demo:incident:4",
                "집 앞 우편함에 물건을 두고 감",
                MANAGER);

        var lastMonth = ZonedDateTime.now(clock.withZone(PolicySettings.ZONE))
                .minusDays(25)
                .withHour(14)
                .withMinute(0)
                .withSecond(0)
                .withNano(0)
                .toInstant();
        var held = new Meeting(ConferenceId.random(), lastMonth, false, Meeting.Status.SCHEDULED, LEAD, null);
        meetings.insert(held, now);
        agenda.add(held.id(), escalating.id(), escalating.number(), "경찰 요청: 접근 반복", LEAD);
        discussion.note(held.id(), escalating.id(), "가해자가 피해자 직장 근처에서 두 차례 목격됨. 피해자는 이사를 고민 중.", MANAGER);
        discussion.decide(held.id(), escalating.id(), "잠정조치 연장 신청 지원, 안심귀가 앱 설치 확인", LEAD);
        plan.plan(
                held.id(),
                escalating.id(),
                escalating.number().value(),
                "피해자에게 회의 결과 전달 (2근무일 이내)",
                MANAGER,
                today.minusDays(3),
                LEAD);
        plan.plan(
                held.id(),
                escalating.id(),
                escalating.number().value(),
                "안심귀가 앱 설치 확인",
                MANAGER,
                today.plusDays(10),
                LEAD);
        var done = plan.plan(
                held.id(),
                escalating.id(),
                escalating.number().value(),
                "관할 경찰서와 순찰 강화 협의",
                LEAD,
                today.minusDays(15),
                LEAD);
        jdbc.sql("UPDATE conference_action SET status = 'DONE', done_at = :at, done_by = :lead WHERE id = :id")
                .param("at", java.sql.Timestamp.from(now.minus(Duration.ofDays(16))))
                .param("lead", LEAD)
                .param("id", done)
                .update();
        meetings.held(held.id(), LEAD, lastMonth.plus(Duration.ofHours(2)));
        agenda.conclude(held.id(), conferenceCases, lastMonth);

        conferenceCases.conferenced(repeat.id(), now.minus(Duration.ofDays(120)));
        incidents.fromSource(
                repeat.id(),
                IncidentKind.STAFF_RECORDED,
                now.minus(Duration.ofDays(6)),
                MANAGER,
                "demo:incident:3",
                "SNS로 연락 시도",
                MANAGER);

        var nextWeek = ZonedDateTime.now(clock.withZone(PolicySettings.ZONE))
                .plusDays(7)
                .withHour(14)
                .withMinute(0)
                .withSecond(0)
                .withNano(0)
                .toInstant();
        var upcoming = new Meeting(ConferenceId.random(), nextWeek, false, Meeting.Status.SCHEDULED, LEAD, null);
        meetings.insert(upcoming, now);
        agenda.refresh(upcoming.id());

        postManaged(today);
    }

    private void know(CaseSummary found) {
        conferenceCases.opened(found.id(), found.number(), found.status());
        conferenceCases.statusChanged(found.id(), found.number(), found.status());
        if (found.policeRiskLevel() != null) {
            conferenceCases.policeRiskLevel(found.id(), found.number(), found.policeRiskLevel());
        }
    }

    /** A post-managed case whose first check-in is due today (its other check-ins stay as scheduled). */
    private void postManaged(LocalDate today) {
        cases.all().stream()
                .filter(found -> found.status() == CaseStatus.POST_MANAGEMENT)
                .min(java.util.Comparator.comparing(CaseSummary::statusChangedAt))
                .ifPresent(found -> {
                    var from = today.minusMonths(1)
                            .atStartOfDay(PolicySettings.ZONE)
                            .toInstant();
                    followUps.schedule(
                            found.id(),
                            found.number(),
                            from,
                            found.caseManager().orElse(null));
                    jdbc.sql("""
                                    UPDATE conference_check_in SET due_on = :today
                                     WHERE case_id = :k AND months_after = 1 AND status = 'PENDING'""")
                            .param("today", today)
                            .param("k", found.id().value())
                            .update();
                });
    }
}
