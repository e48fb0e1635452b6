package org.ansim.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.audit.AuditedPrincipal;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@SpringBootTest
class AuditAppendTests {

    @Autowired
    AuditLog log;

    @Autowired
    AuditChains chains;

    @Autowired
    AuditProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void forgetTheCaller() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void anAppendedEntryReadsBackWithEveryFieldAndAValidHash() {
        var before = Instant.now().minusSeconds(1);
        var record = AuditRecords.anAddressRevealed();

        var appended = chains.append(record);
        var stored = entryAbout(record.subject());

        assertThat(stored).usingRecursiveComparison().isEqualTo(appended);
        assertThat(stored.actorName()).isEqualTo("demo-case-manager");
        assertThat(stored.actorKind()).isEqualTo("USER");
        assertThat(stored.organisation()).isEqualTo("org-seoul-unit");
        assertThat(stored.sourceAddress()).isEqualTo("198.51.100.23");
        assertThat(stored.action()).isEqualTo("REVEAL");
        assertThat(stored.reason()).isEqualTo("안전계획 수립을 위한 주소 확인");
        assertThat(stored.occurredAt()).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(stored.chainNo()).isBetween(0, properties.chains() - 1);
        assertThat(stored.seq()).isPositive();
        assertThat(stored.hash()).isEqualTo(EntryHash.of(stored)).hasSize(32);
    }

    @Test
    void consecutiveAppendsOnAChainLinkToTheHeadBeforeThem() {
        var first = chains.append(AuditRecords.aCaseViewed());
        var second = chains.append(AuditRecords.aCaseViewed());

        assertThat(List.of(first.chainNo(), second.chainNo())).allMatch(c -> c < properties.chains());
        var head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain WHERE chain_no = :chain")
                .param("chain", second.chainNo())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBytes(2)})
                .single();
        assertThat((long) head[0]).isGreaterThanOrEqualTo(second.seq());
    }

    @Test
    void aSignedInStaffUserIsNamedByTheirAuditedPrincipal() {
        signIn(new StaffUser("demo-police", "USER", "org-police-gangnam"));
        var subject = AuditRecords.aCase();

        log.record(AuditAction.VIEW, subject);

        var entry = entryAbout(subject);
        assertThat(entry.actorName()).isEqualTo("demo-police");
        assertThat(entry.actorKind()).isEqualTo("USER");
        assertThat(entry.organisation()).isEqualTo("org-police-gangnam");
        assertThat(entry.reason()).isNull();
    }

    @Test
    void aMachineClientIsNamedAsAClient() {
        signIn(new StaffUser("client:police-gangnam", "CLIENT", "org-police-gangnam"));
        var subject = AuditRecords.aCase();

        log.record(AuditAction.CREATE, subject, "referral received");

        var entry = entryAbout(subject);
        assertThat(entry.actorName()).isEqualTo("client:police-gangnam");
        assertThat(entry.actorKind()).isEqualTo("CLIENT");
        assertThat(entry.reason()).isEqualTo("referral received");
    }

    @Test
    void anyOtherAuthenticatedPrincipalIsAUserByName() {
        var authentication = new TestingAuthenticationToken("demo-hotline", "n/a", "ROLE_HOTLINE");
        SecurityContextHolder.getContext().setAuthentication(authentication);
        var subject = AuditRecords.aCase();

        log.record(AuditAction.VIEW, subject);

        var entry = entryAbout(subject);
        assertThat(entry.actorName()).isEqualTo("demo-hotline");
        assertThat(entry.actorKind()).isEqualTo("USER");
        assertThat(entry.organisation()).isNull();
    }

    @Test
    void withoutAuthenticationTheActorIsAnonymous() {
        var subject = AuditRecords.aCase();

        log.record(AuditAction.VIEW, subject);

        assertThat(entryAbout(subject).actorKind()).isEqualTo("ANONYMOUS");
        assertThat(entryAbout(subject).actorName()).isEqualTo("anonymous");
    }

    @Test
    void anAnonymousAuthenticationIsAnonymousToo() {
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        var subject = AuditRecords.aCase();

        log.record(AuditAction.VIEW, subject);

        assertThat(entryAbout(subject).actorKind()).isEqualTo("ANONYMOUS");
    }

    @Test
    void aFailedSignInIsRecordedForTheNameThatWasTried() {
        signIn(new StaffUser("demo-admin", "USER", "org-city"));
        var subject = new AuditSubject("staff-user", "sign-in-" + System.nanoTime());

        log.recordAs("kim.tried", "ANONYMOUS", null, AuditAction.SIGN_IN_FAILURE, subject, null);

        var entry = entryAbout(subject);
        assertThat(entry.actorName()).isEqualTo("kim.tried");
        assertThat(entry.actorKind()).isEqualTo("ANONYMOUS");
        assertThat(entry.action()).isEqualTo("SIGN_IN_FAILURE");
    }

    @Test
    void aScheduledJobActsAsTheSystem() {
        RequestContextHolder.resetRequestAttributes();
        var subject = AuditRecords.aCase();

        log.recordAs("order-expiry-job", "SYSTEM", "org-city", AuditAction.CHANGE, subject, null);

        assertThat(entryAbout(subject).actorKind()).isEqualTo("SYSTEM");
        assertThat(entryAbout(subject).sourceAddress()).isNull();
    }

    @Test
    void anUnknownActorKindIsRefused() {
        assertThatThrownBy(() -> log.recordAs("x", "ROBOT", null, AuditAction.VIEW, AuditRecords.aCase(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.recordAs(" ", "USER", null, AuditAction.VIEW, AuditRecords.aCase(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSourceAddressIsTheRequestsRemoteAddressNotAnUntrustedHeader() {
        var request = new MockHttpServletRequest("GET", "/cases/1");
        request.setRemoteAddr("192.0.2.44");
        request.addHeader("X-Forwarded-For", "10.9.9.9");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        var subject = AuditRecords.aCase();

        log.record(AuditAction.VIEW, subject);

        assertThat(entryAbout(subject).sourceAddress()).isEqualTo("192.0.2.44");
    }

    @Test
    void aViewIsKeptEvenWhenTheCallersWorkRollsBack() {
        var subject = AuditRecords.aCase();

        transaction.executeWithoutResult(status -> {
            log.record(AuditAction.VIEW, subject);
            status.setRollbackOnly();
        });

        assertThat(entryAbout(subject).action()).isEqualTo("VIEW");
    }

    private AuditEntry entryAbout(AuditSubject subject) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE subject_type = :type AND subject_id = :id")
                .param("type", subject.type())
                .param("id", subject.id())
                .query((rs, n) -> ChainVerifier.entry(rs))
                .single();
    }

    private static void signIn(AuditedPrincipal principal) {
        var authentication = new TestingAuthenticationToken(principal, "n/a", "ROLE_CASE_MANAGER");
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    record StaffUser(
            String auditName, String auditKind, @Nullable String auditOrganisation) implements AuditedPrincipal {}
}
