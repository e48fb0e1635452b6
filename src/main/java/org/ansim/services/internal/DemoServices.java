package org.ansim.services.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ansim.cases.CaseLookup;
import org.ansim.cases.CaseStatus;
import org.ansim.cases.CaseSummary;
import org.ansim.cases.WorkingDays;
import org.ansim.consent.ConsentMethod;
import org.ansim.consent.ConsentPurpose;
import org.ansim.consent.Consents;
import org.ansim.database.DemoMode;
import org.ansim.identity.OrganisationDirectory;
import org.ansim.identity.OrganisationId;
import org.ansim.identity.OrganisationStaff;
import org.ansim.identity.Role;
import org.ansim.privacy.AssociatedData;
import org.ansim.privacy.SealedNote;
import org.ansim.privacy.SealedValues;
import org.ansim.providers.ServiceKind;
import org.ansim.services.SessionKind;
import org.ansim.services.SuspensionCause;
import org.ansim.settings.PolicySettings;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, service plans in every state on {@code demo-case-manager}'s cases, through the plan's and the
 * referral's own domain methods: wanted; referred to the counselling centre of {@code demo-provider} with its first
 * contact overdue; accepted; in progress with sessions; completed after ten sessions; declined by the victim; stopped by
 * her (the referral suspended); and a referral suspended when she withdrew her consent. So {@code demo-provider}'s inbox
 * has work in every state. The victim's consent to share with the named provider is recorded first where a referral
 * is open. The case in progress also has home therapy by the hospital's visiting team, accepted, with a visit by
 * {@code demo-therapist} later today (her address can be revealed for it) and one next week (not yet). Created once; a
 * restart adds nothing.
 */
@Component
@Order(130)
class DemoServices implements ApplicationRunner {

    static final String MANAGER = "demo-case-manager";
    static final String PROVIDER = "demo-provider";
    static final String COUNSELLING_CENTRE = "마음숲 심리상담센터";
    static final String LEGAL_AID = "대한법률구조공단 서울남부지부";
    static final String HOSPITAL = "서울함께병원";
    static final String THERAPIST = "demo-therapist";

    private final DemoMode demo;
    private final Plans plans;
    private final PlannedServices services;
    private final ServiceReferrals referrals;
    private final HomeVisits visits;
    private final OrganisationStaff staff;
    private final CaseLookup cases;
    private final Consents consents;
    private final OrganisationDirectory organisations;
    private final SealedValues sealedValues;
    private final WorkingDays workingDays;
    private final PolicySettings settings;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoServices(
            DemoMode demo,
            Plans plans,
            PlannedServices services,
            ServiceReferrals referrals,
            HomeVisits visits,
            OrganisationStaff staff,
            CaseLookup cases,
            Consents consents,
            OrganisationDirectory organisations,
            SealedValues sealedValues,
            WorkingDays workingDays,
            PolicySettings settings,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            Clock clock) {
        this.demo = demo;
        this.plans = plans;
        this.services = services;
        this.referrals = referrals;
        this.visits = visits;
        this.staff = staff;
        this.cases = cases;
        this.consents = consents;
        this.organisations = organisations;
        this.sealedValues = sealedValues;
        this.workingDays = workingDays;
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
        jdbc.sql("SELECT pg_advisory_xact_lock(7351)").query().singleValue();
        var seeded = jdbc.sql("SELECT count(*) FROM services_referral WHERE alias LIKE '데모-%'")
                .query(Long.class)
                .single();
        if (seeded > 0) {
            return;
        }
        var centre = organisation(COUNSELLING_CENTRE);
        var legalAid = organisation(LEGAL_AID);
        var hospital = organisation(HOSPITAL);
        if (centre == null || legalAid == null || hospital == null) {
            return;
        }
        var caseload = cases.caseloadOf(MANAGER).stream()
                .filter(found -> found.status() != CaseStatus.CLOSED)
                .limit(8)
                .toList();
        var now = clock.instant();
        for (int i = 0; i < caseload.size(); i++) {
            var found = caseload.get(i);
            switch (i) {
                case 0 -> plans.wantedService(found, ServiceKind.COUNSELLING, MANAGER, now);
                case 1 -> {
                    consent(found, centre, now);
                    referral(found, ServiceKind.COUNSELLING, centre, i, now.minus(Duration.ofDays(6)));
                }
                case 2 -> {
                    consent(found, centre, now);
                    var referral = referral(found, ServiceKind.COUNSELLING, centre, i, now.minus(Duration.ofDays(1)));
                    accept(referral, now.minus(Duration.ofHours(20)));
                }
                case 3 -> {
                    consent(found, centre, now);
                    var referral = referral(found, ServiceKind.COUNSELLING, centre, i, now.minus(Duration.ofDays(30)));
                    accept(referral, now.minus(Duration.ofDays(29)));
                    sessions(referral, 4, now);
                    homeTherapy(found, hospital, now);
                }
                case 4 -> {
                    consent(found, centre, now);
                    var referral = referral(found, ServiceKind.COUNSELLING, centre, i, now.minus(Duration.ofDays(90)));
                    accept(referral, now.minus(Duration.ofDays(89)));
                    sessions(referral, 10, now);
                    var service = services.findById(referral.serviceId()).orElseThrow();
                    service.complete(MANAGER, now.minus(Duration.ofDays(2)));
                    services.save(service);
                    referral.complete(now.minus(Duration.ofDays(2)));
                    referrals.save(referral);
                }
                case 5 -> {
                    var service = plans.wantedService(found, ServiceKind.LEGAL, MANAGER, now);
                    service.declineByVictim("법률 지원은 지금 원하지 않는다고 함 (데모)", MANAGER, now);
                    services.save(service);
                }
                case 6 -> {
                    consent(found, centre, now);
                    var referral = referral(found, ServiceKind.COUNSELLING, centre, i, now.minus(Duration.ofDays(20)));
                    accept(referral, now.minus(Duration.ofDays(19)));
                    sessions(referral, 2, now);
                    var service = services.findById(referral.serviceId()).orElseThrow();
                    service.stopByVictim("상담을 그만두고 싶다고 함 (데모)", MANAGER, now.minus(Duration.ofDays(1)));
                    services.save(service);
                    referral.suspend(SuspensionCause.STOPPED_BY_VICTIM, now.minus(Duration.ofDays(1)));
                    referrals.save(referral);
                }
                default -> {
                    // Her consent to share with the centre was withdrawn: none is in force, the referral is suspended
                    // and the service is wanted again.
                    var referral = referral(found, ServiceKind.COUNSELLING, centre, i, now.minus(Duration.ofDays(10)));
                    accept(referral, now.minus(Duration.ofDays(9)));
                    referral.suspend(SuspensionCause.CONSENT_WITHDRAWN, now.minus(Duration.ofDays(3)));
                    referrals.save(referral);
                    var service = services.findById(referral.serviceId()).orElseThrow();
                    service.wantedAgain("consent", now.minus(Duration.ofDays(3)));
                    services.save(service);
                }
            }
        }
    }

    private OrganisationId organisation(String name) {
        return organisations.all().stream()
                .filter(entry -> entry.name().equals(name))
                .map(OrganisationDirectory.Entry::id)
                .findFirst()
                .orElse(null);
    }

    private void consent(CaseSummary found, OrganisationId organisation, Instant now) {
        if (!consents.covers(found.id(), ConsentPurpose.CASE_MANAGEMENT)) {
            consents.record(found.id(), ConsentPurpose.CASE_MANAGEMENT, Set.of(), now, ConsentMethod.WRITTEN, MANAGER);
        }
        consents.record(
                found.id(), ConsentPurpose.SERVICE_REFERRAL, Set.of(organisation), now, ConsentMethod.WRITTEN, MANAGER);
    }

    /** Home therapy by the hospital's visiting team: accepted, a visit later today and one next week. */
    private void homeTherapy(CaseSummary found, OrganisationId hospital, Instant now) {
        consent(found, hospital, now);
        var referral = referral(
                found,
                ServiceKind.HOME_THERAPY,
                hospital,
                "데모-방문",
                "외출이 어려워 집에서 받는 치료를 원함. 평일 오후 가능 (데모)",
                now.minus(Duration.ofDays(5)));
        referral.accept(THERAPIST, now.minus(Duration.ofDays(4)));
        referral.firstContact(now.minus(Duration.ofDays(4)));
        referrals.save(referral);
        var service = services.findById(referral.serviceId()).orElseThrow();
        service.accepted(THERAPIST, now.minus(Duration.ofDays(4)));
        services.save(service);
        var today = LocalDate.ofInstant(now, PolicySettings.ZONE);
        var later = now.plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        var laterToday = LocalDate.ofInstant(later, PolicySettings.ZONE).equals(today)
                ? later
                : today.atTime(23, 30).atZone(PolicySettings.ZONE).toInstant();
        var nextWeek =
                today.plusDays(7).atTime(15, 0).atZone(PolicySettings.ZONE).toInstant();
        var therapist = staff.of(hospital, Role.PROVIDER).stream()
                .filter(member -> member.username().equals(THERAPIST))
                .findFirst();
        for (var startsAt : List.of(laterToday, nextWeek)) {
            therapist.ifPresent(member -> visits.save(
                    HomeVisit.schedule(referral, member.username(), member.displayName(), startsAt, MANAGER, now)));
        }
    }

    private ServiceReferral referral(
            CaseSummary found, ServiceKind kind, OrganisationId organisation, int n, Instant sentAt) {
        return referral(found, kind, organisation, "데모-" + (char) ('A' + n), "주 1회 대면 심리상담을 원함. 저녁 시간 선호 (데모)", sentAt);
    }

    private ServiceReferral referral(
            CaseSummary found,
            ServiceKind kind,
            OrganisationId organisation,
            String alias,
            String need,
            Instant sentAt) {
        var service = plans.wantedService(found, kind, MANAGER, sentAt);
        service.referred(MANAGER, sentAt);
        services.save(service);
        var id = UUID.randomUUID();
        var sentOn = LocalDate.ofInstant(sentAt, PolicySettings.ZONE);
        var days = (int) settings.number(SendServiceReferral.FIRST_CONTACT_SETTING, sentOn);
        var sealedNeed = sealedValues.seal(new SealedNote(need), ServiceReferral.needField(id));
        var referral = ServiceReferral.send(
                id,
                found.id(),
                found.number(),
                service,
                organisation,
                alias,
                sealedNeed,
                "정유나 사례관리자 · 서울시 스토킹피해자 통합지원단",
                MANAGER,
                sentAt,
                workingDays.workingDaysAfter(sentOn, days),
                days);
        return referrals.saveAndFlush(referral);
    }

    private void accept(ServiceReferral referral, Instant at) {
        referral.accept(PROVIDER, at);
        referrals.save(referral);
        var service = services.findById(referral.serviceId()).orElseThrow();
        service.accepted(PROVIDER, at);
        services.save(service);
    }

    /** Sessions spread evenly between the referral and today. */
    private void sessions(ServiceReferral referral, int count, Instant now) {
        var today = LocalDate.ofInstant(now, PolicySettings.ZONE);
        var sentOn = LocalDate.ofInstant(referral.sentAt(), PolicySettings.ZONE);
        var span = java.time.temporal.ChronoUnit.DAYS.between(sentOn, today);
        var limit = (int) settings.number("counselling.sessions-per-victim", today);
        for (int s = 0; s < count; s++) {
            var heldOn = sentOn.plusDays((s + 1L) * span / (count + 1L));
            var id = UUID.randomUUID();
            var note = sealedValues.seal(
                    new SealedNote("회기 " + (s + 1) + ": 수면이 조금 나아졌다고 함 (데모)"),
                    AssociatedData.of("service-session", id, "note"));
            jdbc.sql("""
                            INSERT INTO services_session
                              (id, referral_id, case_id, kind, held_on, minutes, session_kind, note_sealed,
                               recorded_by, recorded_at, limit_in_force)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            referral.id().value(),
                            referral.caseId().value(),
                            referral.kind().name(),
                            heldOn,
                            50,
                            (s % 3 == 2 ? SessionKind.PHONE : SessionKind.IN_PERSON).name(),
                            note.ciphertext(),
                            PROVIDER,
                            Timestamp.from(now),
                            limit)
                    .update();
        }
        referral.firstContact(referral.sentAt().plus(Duration.ofDays(1)));
        referrals.save(referral);
        var service = services.findById(referral.serviceId()).orElseThrow();
        service.delivered(referral.id(), PROVIDER, now);
        services.save(service);
    }
}
