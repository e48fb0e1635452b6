package org.ansim.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.ansim.cases.CaseActivityNoted;
import org.ansim.cases.CaseOpening;
import org.ansim.cases.CaseRef;
import org.ansim.cases.Channel;
import org.ansim.cases.OpenCase;
import org.ansim.support.AnsimIntegrationTest;
import org.ansim.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The case pages: need-to-know, notes, and lines other modules add to the timeline. */
@AnsimIntegrationTest
class CasePagesTests {

    @LocalServerPort
    int port;

    @Autowired
    CaseOpening opening;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCaseManagerMeetsACaseNotHersAsNotFoundAndThePoliceAreRefusedTheList() {
        var opened = anOnlineApplication();

        assertThat(signedIn("demo-case-manager")
                        .get("/cases/" + opened.number().value())
                        .statusCode())
                .isEqualTo(404);
        assertThat(signedIn("demo-police").get("/cases").statusCode()).isEqualTo(403);
        assertThat(signedIn("demo-unit-lead").get("/cases?status=LOST").statusCode())
                .isEqualTo(400);
    }

    @Test
    void theCasePageShowsTheTimelineWithANoteWhoseTextStaysSealed() {
        var opened = anOnlineApplication();
        var lead = signedIn("demo-unit-lead");
        var page = "/cases/" + opened.number().value();
        lead.get(page);

        var posted = lead.postForm(page + "/notes", java.util.Map.of("text", "피해자 주소 변경 예정"));

        assertThat(posted.statusCode()).isEqualTo(302);
        var shown = lead.get(page).body();
        assertThat(shown).contains("사례 접수").contains("메모 작성").doesNotContain("피해자 주소 변경 예정");
        var stored = jdbc.sql("SELECT text_sealed FROM cases_note WHERE case_id = ?")
                .param(opened.id().value())
                .query(byte[].class)
                .single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("주소");
    }

    @Test
    void anotherModulesActivityLandsOnTheTimeline() throws InterruptedException {
        var opened = anOnlineApplication();

        transactions.executeWithoutResult(status -> events.publishEvent(new CaseActivityNoted(
                opened.id(), "risk", "RISK_SCREENED", "HIGH", "demo-case-manager", Instant.now())));

        long lines = 0;
        for (int i = 0; i < 50 && lines == 0; i++) {
            Thread.sleep(100);
            lines = jdbc.sql("SELECT count(*) FROM cases_timeline WHERE case_id = ? AND kind = 'RISK_SCREENED'")
                    .param(opened.id().value())
                    .query(Long.class)
                    .single();
        }
        assertThat(lines).isEqualTo(1);
    }

    CaseRef anOnlineApplication() {
        return transactions.execute(status -> opening.open(new OpenCase(
                Channel.ONLINE, "web-" + System.nanoTime(), Instant.now(), "노원구", null, null, List.of("LEGAL"))));
    }

    StaffSession signedIn(String username) {
        var session = StaffSession.signedIn(port, username, "demo-password");
        session.get("/");
        return session;
    }
}
