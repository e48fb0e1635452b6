package org.ansim.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.ansim.cases.CaseLookup;
import org.ansim.cases.CaseNumber;
import org.ansim.cases.Channel;
import org.ansim.intake.ApplicationMother.Applicant;
import org.ansim.support.AnsimIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public online form: a confirmation number for people, nothing for robots, and one case per application. */
@AnsimIntegrationTest
class OnlineApplicationTests {

    static final Pattern CONFIRMATION = Pattern.compile("id=\"confirmation-number\"[^>]*>(A-[A-Z3-9]{4}-[A-Z3-9]{4})<");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseLookup cases;

    @Test
    void aPersonWhoAppliesGetsAConfirmationNumberAndACaseIsOpened() {
        var visitor = visitor();
        assertThat(visitor.opensTheForm().body()).contains("개인정보 수집·이용 동의", "신변보호(경호)");

        var sent = visitor.fillsItIn().submits(OnlineVisitor.answers(Applicant.unique()));

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/apply/received"));
        var page = visitor.get("/apply/received").body();
        assertThat(page).contains("신청이 접수되었습니다", "1366");
        var confirmation = confirmationOn(page);
        var caseNumber = jdbc.sql("SELECT case_number FROM intake_application WHERE confirmation_number = ?")
                .param(confirmation)
                .query(String.class)
                .single();
        var opened = cases.find(new CaseNumber(caseNumber)).orElseThrow();
        assertThat(opened.channel()).isEqualTo(Channel.ONLINE);
        assertThat(opened.district()).isEqualTo("은평구");
    }

    @Test
    void aRobotFillingTheHiddenFieldSeesTheUsualPageButNothingIsStored() {
        var before = applications();
        var robot = visitor();
        robot.opensTheForm();

        var sent = robot.fillsItIn()
                .submits(OnlineVisitor.with(
                        OnlineVisitor.answers(Applicant.unique()), "website", "https://spam.example"));

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/apply/received"));
        assertThat(robot.get("/apply/received").body()).contains("신청이 접수되었습니다").doesNotContain("confirmation-number");
        assertThat(applications()).isEqualTo(before);
    }

    @Test
    void aFormSentTooFastIsShownAgainAndGoesThroughTheSecondTime() {
        var before = applications();
        var visitor = visitor();
        visitor.opensTheForm();
        var answers = OnlineVisitor.answers(Applicant.unique());

        var tooFast = visitor.submits(answers);

        assertThat(tooFast.statusCode()).isEqualTo(200);
        assertThat(tooFast.body()).contains("너무 빨리 제출되었습니다", "error-summary");
        assertThat(tooFast.body()).contains("value=\"" + answers.getFirst().getValue() + "\"");
        assertThat(applications()).isEqualTo(before);

        var again = visitor.fillsItIn().submits(answers);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(302);
        assertThat(applications()).isEqualTo(before + 1);
    }

    @Test
    void missingAnswersAreNamedNextToTheFieldsAndInTheSummary() {
        var visitor = visitor();
        visitor.opensTheForm();

        var sent = visitor.fillsItIn()
                .submits(List.of(
                        java.util.Map.entry("name", ""),
                        java.util.Map.entry("birthDate", "2999-01-01"),
                        java.util.Map.entry("phone", "12"),
                        java.util.Map.entry("sido", "서울특별시"),
                        java.util.Map.entry("sigungu", "")));

        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body())
                .contains("이름을 입력해 주세요", "생년월일을 오늘 이전 날짜로", "전화번호를 010-1234-5678처럼")
                .contains("시·군·구를 입력해 주세요", "필요한 지원을 하나 이상", "사례 관리에 동의해야")
                .contains("href=\"#name\"", "aria-invalid=\"true\"");
    }

    @Test
    void overTheHourlyLimitFromOneAddressTheFormSaysSoPlainly() {
        var address = OnlineVisitor.uniqueAddress();
        var visitors = new ArrayList<OnlineVisitor>();
        for (int i = 0; i < 6; i++) {
            var visitor = new OnlineVisitor(port, address);
            visitor.opensTheForm();
            visitors.add(visitor);
        }
        visitors.getFirst().fillsItIn();

        var statuses = new ArrayList<Integer>();
        HttpResponse<String> last = null;
        for (var visitor : visitors) {
            last = visitor.submits(OnlineVisitor.answers(Applicant.unique()));
            statuses.add(last.statusCode());
        }

        assertThat(statuses).containsExactly(302, 302, 302, 302, 302, 200);
        assertThat(last.body()).contains("지금은 이 곳에서 더 신청할 수 없습니다", "1366");
        var fromElsewhere = visitor();
        fromElsewhere.opensTheForm();
        assertThat(fromElsewhere
                        .fillsItIn()
                        .submits(OnlineVisitor.answers(Applicant.unique()))
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void aDoubleClickOpensOneCase() throws Exception {
        var before = applications();
        var visitor = visitor();
        visitor.opensTheForm();
        visitor.fillsItIn();
        var answers = OnlineVisitor.answers(Applicant.unique());

        List<Callable<HttpResponse<String>>> clicks =
                List.of(() -> visitor.submits(answers), () -> visitor.submits(answers));
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (var click : pool.invokeAll(clicks)) {
                assertThat(click.get().statusCode()).isEqualTo(302);
            }
        }
        var third = visitor.submits(answers);

        assertThat(third.statusCode()).isEqualTo(302);
        assertThat(applications()).isEqualTo(before + 1);
        confirmationOn(visitor.get("/apply/received").body());
    }

    private OnlineVisitor visitor() {
        return new OnlineVisitor(port, OnlineVisitor.uniqueAddress());
    }

    private long applications() {
        return jdbc.sql("SELECT count(*) FROM intake_application")
                .query(Long.class)
                .single();
    }

    private static String confirmationOn(String page) {
        var matcher = CONFIRMATION.matcher(page);
        assertThat(matcher.find()).as(page).isTrue();
        return matcher.group(1);
    }
}
