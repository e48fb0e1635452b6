package org.ansim.services.internal;

import java.nio.charset.StandardCharsets;
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
import org.ansim.consent.ConsentMethod;
import org.ansim.consent.ConsentPurpose;
import org.ansim.consent.Consents;
import org.ansim.database.DemoMode;
import org.ansim.identity.OrganisationDirectory;
import org.ansim.identity.OrganisationId;
import org.ansim.privacy.SealedNote;
import org.ansim.privacy.SealedValues;
import org.ansim.providers.ServiceKind;
import org.ansim.services.LegalCaseType;
import org.ansim.settings.PolicySettings;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, money on {@code demo-case-manager}'s cases: the victim's consent to share with 서울함께병원 and the
 * legal-aid office, accepted medical-fee and legal referrals, claims with receipts spread over the year (most within
 * the cap and so spent, one past the cap waiting on the unit lead's approvals page) and a hearing in ten days whose
 * accompaniment reminder is set. Created once.
 */
@Component
@Order(140)
class DemoClaims implements ApplicationRunner {

    static final String HOSPITAL = "서울함께병원";
    static final String LEGAL_AID = "대한법률구조공단 서울남부지부";
    static final String SUBMITTER = "demo-hospital-staff";
    static final String LAWYER = "demo-legal-aid-lawyer";

    private record DemoClaim(ServiceKind kind, long amount, int daysAgo, String description) {}

    private static final List<List<DemoClaim>> CLAIMS = List.of(
            List.of(
                    new DemoClaim(ServiceKind.MEDICAL_FEES, 420_000, 240, "응급실 진료비"),
                    new DemoClaim(ServiceKind.MEDICAL_FEES, 180_000, 200, "외래 진료비"),
                    new DemoClaim(ServiceKind.LEGAL, 1_100_000, 150, "고소 대리 착수금")),
            List.of(
                    new DemoClaim(ServiceKind.MEDICAL_FEES, 2_400_000, 120, "골절 수술비"),
                    new DemoClaim(ServiceKind.MEDICAL_FEES, 1_000_000, 3, "재활 치료 및 추가 수술비")),
            List.of(
                    new DemoClaim(ServiceKind.MEDICAL_FEES, 260_000, 90, "정신건강의학과 진료비"),
                    new DemoClaim(ServiceKind.LEGAL, 800_000, 60, "피해자보호명령 청구 대리")),
            List.of(
                    new DemoClaim(ServiceKind.MEDICAL_FEES, 95_000, 30, "상처 치료비"),
                    new DemoClaim(ServiceKind.MEDICAL_FEES, 130_000, 12, "검사비")));

    private final DemoMode demo;
    private final CaseLookup cases;
    private final Consents consents;
    private final OrganisationDirectory organisations;
    private final Plans plans;
    private final PlannedServices services;
    private final ServiceReferrals referrals;
    private final Claims claims;
    private final ClaimLimits limits;
    private final HearingReminders reminders;
    private final SealedValues sealedValues;
    private final PolicySettings settings;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoClaims(
            DemoMode demo,
            CaseLookup cases,
            Consents consents,
            OrganisationDirectory organisations,
            Plans plans,
            PlannedServices services,
            ServiceReferrals referrals,
            Claims claims,
            ClaimLimits limits,
            HearingReminders reminders,
            SealedValues sealedValues,
            PolicySettings settings,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            Clock clock) {
        this.demo = demo;
        this.cases = cases;
        this.consents = consents;
        this.organisations = organisations;
        this.plans = plans;
        this.services = services;
        this.referrals = referrals;
        this.claims = claims;
        this.limits = limits;
        this.reminders = reminders;
        this.sealedValues = sealedValues;
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
        var done = jdbc.sql("SELECT COUNT(*) FROM services_claim WHERE submitted_by = ?")
                .param(SUBMITTER)
                .query(Long.class)
                .single();
        if (done > 0) {
            return;
        }
        var hospital = organisation(HOSPITAL);
        var legalAid = organisation(LEGAL_AID);
        // The demo caseload's own read: which cases the demo case manager holds (read only, demo data only) — the
        // next ones after the eight DemoServices gives a plan in every state (one of them she declined: nothing may
        // be referred there against her will).
        var referred = java.util.Set.copyOf(jdbc.sql("SELECT DISTINCT case_id FROM services_referral")
                .query(UUID.class)
                .list());
        var caseload = cases.caseloadOf("demo-case-manager").stream()
                .filter(found -> found.status() != CaseStatus.CLOSED)
                .filter(found -> !referred.contains(found.id().value()))
                .skip(8)
                .limit(CLAIMS.size())
                .toList();
        var now = clock.instant();
        for (int i = 0; i < caseload.size(); i++) {
            var summary = caseload.get(i);
            var since = now.minus(Duration.ofDays(260));
            consents.record(
                    summary.id(),
                    ConsentPurpose.SERVICE_REFERRAL,
                    Set.of(hospital, legalAid),
                    since,
                    ConsentMethod.WRITTEN,
                    "demo-case-manager");
            var medical = acceptedReferral(summary, ServiceKind.MEDICAL_FEES, hospital, SUBMITTER, since);
            ServiceReferral legal = null;
            for (var claim : CLAIMS.get(i)) {
                if (claim.kind() == ServiceKind.LEGAL && legal == null) {
                    legal = acceptedReferral(summary, ServiceKind.LEGAL, legalAid, LAWYER, since);
                }
                submit(claim.kind() == ServiceKind.LEGAL ? legal : medical, claim, now);
            }
            if (i == 2 && legal != null) {
                hearing(legal, now);
            }
        }
    }

    private OrganisationId organisation(String name) {
        return organisations.all().stream()
                .filter(entry -> entry.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private ServiceReferral acceptedReferral(
            CaseSummary summary, ServiceKind kind, OrganisationId organisation, String provider, Instant at) {
        var service = plans.wantedService(summary, kind, "demo-case-manager", at);
        service.referred("demo-case-manager", at);
        var id = UUID.randomUUID();
        var today = LocalDate.ofInstant(at, PolicySettings.ZONE);
        var referral = ServiceReferral.send(
                id,
                summary.id(),
                summary.number(),
                service,
                organisation,
                "내담자-" + id.toString().substring(0, 4).toUpperCase(),
                sealedValues.seal(
                        new SealedNote(kind == ServiceKind.LEGAL ? "고소 및 보호명령 절차 지원" : "폭행으로 인한 치료비 지원"),
                        ServiceReferral.needField(id)),
                "정유나 사례관리자 · 서울시 스토킹피해자 전담조직",
                "demo-case-manager",
                at,
                today.plusDays(2),
                2);
        var accepted = at.plus(Duration.ofDays(1));
        referral.firstContact(accepted);
        referral.accept(provider, accepted);
        service.accepted(provider, accepted);
        services.save(service);
        return referrals.save(referral);
    }

    private void submit(ServiceReferral referral, DemoClaim demoClaim, Instant now) {
        var at = now.minus(Duration.ofDays(demoClaim.daysAgo()));
        var on = LocalDate.ofInstant(at, PolicySettings.ZONE);
        var year = on.getYear();
        var id = UUID.randomUUID();
        var receipt = ("%PDF-1.4\n% 데모 영수증 " + demoClaim.description() + " " + demoClaim.amount() + "원\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
        var claim = Claim.submit(
                id,
                new Claim.Submission(
                        referral,
                        demoClaim.amount(),
                        on,
                        demoClaim.description(),
                        ReceiptFormat.PDF,
                        receipt.length,
                        year,
                        limits.cap(referral.kind(), on),
                        limits.victimTotal(referral.caseId(), referral.kind()),
                        limits.budget(referral.kind(), on),
                        limits.budgetUsed(referral.kind(), year)),
                demoClaim.kind() == ServiceKind.LEGAL ? LAWYER : SUBMITTER,
                at);
        claims.saveAndFlush(claim);
        var sealed = sealedValues.seal(
                ReceiptFile.KIND, new ReceiptFile(ReceiptFormat.PDF.mediaType(), receipt), ReceiptFile.field(id));
        jdbc.sql("INSERT INTO services_claim_receipt (claim_id, sealed) VALUES (?, ?)")
                .params(id, sealed.ciphertext())
                .update();
    }

    private void hearing(ServiceReferral legal, Instant now) {
        var id = UUID.randomUUID();
        var hearingOn = LocalDate.ofInstant(now, PolicySettings.ZONE).plusDays(10);
        var days = reminders.daysBefore(settings.today());
        jdbc.sql("""
                        INSERT INTO services_legal_step
                          (id, referral_id, case_id, case_type, court, hearing_on, description, recorded_by,
                           recorded_at, reminder_days)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        legal.id().value(),
                        legal.caseId().value(),
                        LegalCaseType.PROTECTION_ORDER.name(),
                        "서울가정법원",
                        hearingOn,
                        "피해자보호명령 심리기일",
                        LAWYER,
                        Timestamp.from(now),
                        days)
                .update();
        reminders.schedule(id, hearingOn, days);
    }
}
