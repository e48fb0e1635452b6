package org.ansim.identity.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.ansim.database.DemoMode;
import org.ansim.identity.OrganisationKind;
import org.ansim.identity.Role;
import org.ansim.identity.Scope;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode: synthetic organisations, one account per role ({@code demo-<role>}, password
 * {@value #PASSWORD}, no second step) and the demo machine-client keys of INTERFACES.md. Created once; a restart
 * finds them and leaves them alone. Several nodes starting together take turns through an advisory lock.
 */
@Component
@Order(10)
public class DemoAccounts implements ApplicationRunner {

    public static final String PASSWORD = "demo-password";
    public static final String CITY_UNIT = "서울시 스토킹피해자 통합지원단";
    public static final String GANGNAM_POLICE = "서울강남경찰서";
    public static final String MAPO_POLICE = "서울마포경찰서";

    /** The demo accounts and the organisation each works for, in the order they are printed. */
    public static final Map<Role, String> ACCOUNTS = accounts();

    /** The demo machine clients: key, organisation, scope. */
    public static final Map<String, Map.Entry<String, Scope>> CLIENT_KEYS = Map.of(
            "demo-police-key", Map.entry(GANGNAM_POLICE, Scope.REFERRALS_WRITE),
            "demo-police-key-2", Map.entry(MAPO_POLICE, Scope.REFERRALS_WRITE),
            "demo-device-key", Map.entry("안심기기 관제센터", Scope.DEVICES_WRITE));

    private static Map<Role, String> accounts() {
        var accounts = new LinkedHashMap<Role, String>();
        accounts.put(Role.ADMIN, CITY_UNIT);
        accounts.put(Role.UNIT_LEAD, CITY_UNIT);
        accounts.put(Role.CASE_MANAGER, CITY_UNIT);
        accounts.put(Role.PROFILER, CITY_UNIT);
        accounts.put(Role.HOTLINE, "여성긴급전화 1366 서울센터");
        accounts.put(Role.POLICE, GANGNAM_POLICE);
        accounts.put(Role.PROVIDER, "마음숲 심리상담센터");
        accounts.put(Role.SHELTER, "서울 안심쉼터 1");
        accounts.put(Role.DISPATCHER, CITY_UNIT);
        accounts.put(Role.GUARD, "안심경호 주식회사");
        accounts.put(Role.EDUCATOR, "서울시 스토킹예방교육센터");
        accounts.put(Role.ANALYST, CITY_UNIT);
        accounts.put(Role.AUDITOR, CITY_UNIT);
        return accounts;
    }

    /** Synthetic Korean names for the demo staff; no real person is meant. */
    private static final Map<Role, String> DISPLAY_NAMES = Map.ofEntries(
            Map.entry(Role.ADMIN, "한서준 (시스템 관리자)"),
            Map.entry(Role.UNIT_LEAD, "오지현 단장"),
            Map.entry(Role.CASE_MANAGER, "정유나 사례관리자"),
            Map.entry(Role.PROFILER, "강민호 분석관"),
            Map.entry(Role.HOTLINE, "윤서영 상담원"),
            Map.entry(Role.POLICE, "이도윤 경위"),
            Map.entry(Role.PROVIDER, "최하은 상담사"),
            Map.entry(Role.SHELTER, "문가영 시설장"),
            Map.entry(Role.DISPATCHER, "박준혁 관제요원"),
            Map.entry(Role.GUARD, "김태우 경호원"),
            Map.entry(Role.EDUCATOR, "서예린 교육담당"),
            Map.entry(Role.ANALYST, "임채원 분석가"),
            Map.entry(Role.AUDITOR, "배현우 감사관"));

    /** Two more case managers, so that the demo caseload is shared and the case list's manager filter shows something. */
    public static final Map<String, String> COLLEAGUE_CASE_MANAGERS =
            Map.of("demo-case-manager-park", "박소연 사례관리자", "demo-case-manager-lee", "이수진 사례관리자");

    /**
     * Provider staff beyond {@code demo-provider}, so that every kind of provider's side can be tried: the hospital's
     * claims clerk and its home-visit therapist, and a legal-aid lawyer. Username → name and organisation.
     */
    public static final Map<String, String[]> OTHER_PROVIDER_STAFF = Map.of(
            "demo-hospital-staff", new String[] {"송지우 원무과", "서울함께병원"},
            "demo-therapist", new String[] {"한가람 방문치료사", "서울함께병원"},
            "demo-legal-aid-lawyer", new String[] {"노은채 변호사", "대한법률구조공단 서울남부지부"});

    public static String username(Role role) {
        return "demo-" + role.name().toLowerCase().replace('_', '-');
    }

    private static final Map<String, Object[]> ORGANISATIONS = Map.ofEntries(
            Map.entry(CITY_UNIT, new Object[] {OrganisationKind.CITY_UNIT, "중구"}),
            Map.entry(GANGNAM_POLICE, new Object[] {OrganisationKind.POLICE_AGENCY, "강남구"}),
            Map.entry(MAPO_POLICE, new Object[] {OrganisationKind.POLICE_AGENCY, "마포구"}),
            Map.entry("여성긴급전화 1366 서울센터", new Object[] {OrganisationKind.HOTLINE_1366, "중구"}),
            Map.entry("마음숲 심리상담센터", new Object[] {OrganisationKind.COUNSELLING_CENTRE, "마포구"}),
            Map.entry("대한법률구조공단 서울남부지부", new Object[] {OrganisationKind.LEGAL_AID, "양천구"}),
            Map.entry("서울함께병원", new Object[] {OrganisationKind.CLINIC, "서대문구"}),
            Map.entry("서울 안심쉼터 1", new Object[] {OrganisationKind.SHELTER, null}),
            Map.entry("안심경호 주식회사", new Object[] {OrganisationKind.SECURITY_COMPANY, "송파구"}),
            Map.entry("안심기기 관제센터", new Object[] {OrganisationKind.SECURITY_COMPANY, "구로구"}),
            Map.entry("서울시 스토킹예방교육센터", new Object[] {OrganisationKind.EDUCATION, "종로구"}));

    private final DemoMode demo;
    private final Organisations organisations;
    private final StaffUsers users;
    private final MachineClients clients;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoAccounts(
            DemoMode demo,
            Organisations organisations,
            StaffUsers users,
            MachineClients clients,
            PasswordEncoder passwords,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            Clock clock) {
        this.demo = demo;
        this.organisations = organisations;
        this.users = users;
        this.clients = clients;
        this.passwords = passwords;
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
        jdbc.sql("SELECT pg_advisory_xact_lock(7301)").query().singleValue();
        var now = clock.instant();
        ORGANISATIONS.forEach((name, kindAndDistrict) -> {
            if (organisations.findByName(name).isEmpty()) {
                organisations.save(new Organisation(
                        name, (OrganisationKind) kindAndDistrict[0], (String) kindAndDistrict[1], now));
            }
        });
        String hash = null;
        for (var account : ACCOUNTS.entrySet()) {
            var username = username(account.getKey());
            if (users.findByUsername(username).isPresent()) {
                continue;
            }
            if (hash == null) {
                hash = passwords.encode(PASSWORD);
            }
            var organisation = organisations.findByName(account.getValue()).orElseThrow();
            var displayName = DISPLAY_NAMES.get(account.getKey());
            users.save(new StaffUser(username, displayName, account.getKey(), organisation.id(), hash, false, now));
        }
        for (var colleague : COLLEAGUE_CASE_MANAGERS.entrySet()) {
            if (users.findByUsername(colleague.getKey()).isEmpty()) {
                hash = hash == null ? passwords.encode(PASSWORD) : hash;
                var unit = organisations.findByName(CITY_UNIT).orElseThrow();
                users.save(new StaffUser(
                        colleague.getKey(), colleague.getValue(), Role.CASE_MANAGER, unit.id(), hash, false, now));
            }
        }
        for (var staff : OTHER_PROVIDER_STAFF.entrySet()) {
            if (users.findByUsername(staff.getKey()).isEmpty()) {
                hash = hash == null ? passwords.encode(PASSWORD) : hash;
                var provider = organisations.findByName(staff.getValue()[1]).orElseThrow();
                users.save(new StaffUser(
                        staff.getKey(), staff.getValue()[0], Role.PROVIDER, provider.id(), hash, false, now));
            }
        }
        CLIENT_KEYS.forEach((key, organisationAndScope) -> {
            var clientKey = new ClientKey(key);
            if (clients.findByKeyHash(clientKey.hash()).isEmpty()) {
                var organisation =
                        organisations.findByName(organisationAndScope.getKey()).orElseThrow();
                clients.save(new MachineClient(
                        key, organisation.id(), clientKey, Set.of(organisationAndScope.getValue()), now, "demo"));
            }
        });
    }
}
