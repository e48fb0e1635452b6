package org.ansim.providers.internal;

import java.util.List;
import java.util.Set;
import org.ansim.database.DemoMode;
import org.ansim.identity.OrganisationDirectory;
import org.ansim.providers.ProviderKind;
import org.ansim.providers.ServiceKind;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, a provider of every kind on the demo organisations (whose staff accounts sign in for them):
 * the counselling centre of {@code demo-provider}, legal aid, a hospital with its clinic and its home-visit therapy
 * team, a security company for companions, a shelter. Synthetic; created once, a restart adds nothing.
 */
@Component
@Order(30)
class DemoProviders implements ApplicationRunner {

    record Demo(
            String organisation,
            String name,
            ProviderKind kind,
            Set<ServiceKind> services,
            List<String> districts,
            int capacity,
            String phone,
            String email) {}

    static final List<Demo> PROVIDERS = List.of(
            new Demo(
                    "마음숲 심리상담센터",
                    "마음숲 심리상담센터",
                    ProviderKind.COUNSELLING_CENTRE,
                    Set.of(ServiceKind.COUNSELLING),
                    List.of("마포구", "서대문구", "은평구", "중구"),
                    40,
                    "02-300-1001",
                    "intake@maumsup.example"),
            new Demo(
                    "대한법률구조공단 서울남부지부",
                    "대한법률구조공단 서울남부지부",
                    ProviderKind.LEGAL_AID,
                    Set.of(ServiceKind.LEGAL),
                    List.of("양천구", "강서구", "구로구", "영등포구", "금천구"),
                    60,
                    "02-300-1002",
                    "seoul-south@legalaid.example"),
            new Demo(
                    "서울함께병원",
                    "서울함께병원",
                    ProviderKind.CLINIC,
                    Set.of(ServiceKind.MEDICAL_FEES),
                    List.of(),
                    80,
                    "02-300-1003",
                    "support@hamkke-hospital.example"),
            new Demo(
                    "서울함께병원",
                    "서울함께병원 방문치료팀",
                    ProviderKind.HOME_THERAPIST,
                    Set.of(ServiceKind.HOME_THERAPY),
                    List.of("서대문구", "마포구", "종로구"),
                    12,
                    "02-300-1004",
                    "homecare@hamkke-hospital.example"),
            new Demo(
                    "안심경호 주식회사",
                    "안심경호 주식회사",
                    ProviderKind.SECURITY_COMPANY,
                    Set.of(ServiceKind.ACCOMPANIMENT),
                    List.of(),
                    20,
                    "02-300-1005",
                    "dispatch@ansim-guard.example"),
            new Demo(
                    "서울 안심쉼터 1",
                    "서울 안심쉼터 1",
                    ProviderKind.SHELTER,
                    Set.of(ServiceKind.COUNSELLING, ServiceKind.ACCOMPANIMENT),
                    List.of(),
                    10,
                    "02-300-1006",
                    "shelter1@ansim.example"));

    private final DemoMode demo;
    private final RegisterProvider registering;
    private final ProviderRepository providers;
    private final OrganisationDirectory organisations;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    DemoProviders(
            DemoMode demo,
            RegisterProvider registering,
            ProviderRepository providers,
            OrganisationDirectory organisations,
            TransactionTemplate transactions,
            JdbcClient jdbc) {
        this.demo = demo;
        this.registering = registering;
        this.providers = providers;
        this.organisations = organisations;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(7350)").query().singleValue();
            var known = organisations.all();
            for (var entry : PROVIDERS) {
                if (providers.findByName(entry.name()).isPresent()) {
                    continue;
                }
                known.stream()
                        .filter(o -> o.name().equals(entry.organisation()))
                        .findFirst()
                        .ifPresent(organisation -> registering.register(
                                new ProviderDetails(
                                        organisation.id(),
                                        entry.name(),
                                        entry.kind(),
                                        entry.services(),
                                        entry.districts(),
                                        entry.capacity(),
                                        entry.phone(),
                                        entry.email()),
                                "demo"));
            }
        });
    }
}
