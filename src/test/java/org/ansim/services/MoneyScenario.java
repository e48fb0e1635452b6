package org.ansim.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.ansim.support.StaffSession;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stories about money and legal steps told through the API: a referred case whose victim agreed to share with the
 * hospital and the legal-aid office, a provider account of each (made by the administrator), accepted referrals, and
 * claims sent as multipart/form-data with a receipt.
 */
public final class MoneyScenario {

    public static final String LEGAL_AID = "대한법률구조공단 서울남부지부";
    public static final String PDF =
            "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

    public final ServicesScenario story;
    public final StaffSession hospital;
    public final StaffSession legalAid;
    public final String medicalReferral;
    public final String legalReferral;

    private MoneyScenario(
            ServicesScenario story,
            StaffSession hospital,
            StaffSession legalAid,
            String medicalReferral,
            String legalReferral) {
        this.story = story;
        this.hospital = hospital;
        this.legalAid = legalAid;
        this.medicalReferral = medicalReferral;
        this.legalReferral = legalReferral;
    }

    /** A new case with accepted medical-fee and legal referrals, and signed-in staff of both providers. */
    public static MoneyScenario acceptedReferrals(int port, JdbcClient jdbc) {
        var story = ServicesScenario.referredCase(port);
        var hospitalId = story.organisationOf(ServicesScenario.HOSPITAL);
        var legalAidId = story.organisationOf(LEGAL_AID);
        story.consentToShareWith(hospitalId, legalAidId);
        var medical = story.referred("MEDICAL_FEES", hospitalId);
        var legal = story.referred("LEGAL", legalAidId);
        var hospital = providerOf(port, jdbc, hospitalId);
        var lawyer = providerOf(port, jdbc, legalAidId);
        accept(hospital, medical);
        accept(lawyer, legal);
        return new MoneyScenario(story, hospital, lawyer, medical, legal);
    }

    /**
     * A provider account of that organisation, made by the administrator and signed in (the second factor every new
     * account must enrol is waived for the test, as it is for the demo accounts).
     */
    public static StaffSession providerOf(int port, JdbcClient jdbc, String organisationId) {
        var session = StaffSession.signedIn(port, providerAccount(port, jdbc, organisationId), "demo-password");
        session.get("/");
        return session;
    }

    /** A provider account of that organisation with the demo password and no second factor; answers its name. */
    public static String providerAccount(int port, JdbcClient jdbc, String organisationId) {
        var username = "provider-" + UUID.randomUUID().toString().substring(0, 8);
        var admin = ServicesScenario.signedIn(port, "demo-admin");
        admin.get("/admin/users");
        var made = admin.postForm(
                "/admin/users",
                Map.of(
                        "username", username,
                        "displayName", "테스트 제공기관 직원",
                        "role", "PROVIDER",
                        "organisationId", organisationId,
                        "password", "demo-password"));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(302);
        jdbc.sql("UPDATE identity_staff_user SET second_factor_required = FALSE WHERE username = ?")
                .param(username)
                .update();
        return username;
    }

    static void accept(StaffSession provider, String referralId) {
        var accepted = provider.postJson("/api/v1/service-referrals/" + referralId + "/acceptance", "");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Seoul"));
    }

    /** A claim with a small PDF receipt. */
    public HttpResponse<String> claim(StaffSession provider, String referralId, long amount) {
        return claim(
                provider,
                referralId,
                Long.toString(amount),
                today().toString(),
                "진료비 영수증",
                "receipt.pdf",
                "application/pdf",
                PDF);
    }

    public HttpResponse<String> claim(
            StaffSession provider,
            String referralId,
            String amount,
            String date,
            String description,
            String fileName,
            String fileType,
            String content) {
        var boundary = "----ansim" + UUID.randomUUID();
        var body = new StringBuilder();
        for (var field : Map.of("amount", amount, "date", date, "description", description)
                .entrySet()) {
            body.append("--")
                    .append(boundary)
                    .append("\r\n")
                    .append("Content-Disposition: form-data; name=\"")
                    .append(field.getKey())
                    .append("\"\r\n")
                    .append("Content-Type: text/plain; charset=UTF-8\r\n\r\n")
                    .append(field.getValue())
                    .append("\r\n");
        }
        if (content != null) {
            body.append("--")
                    .append(boundary)
                    .append("\r\n")
                    .append("Content-Disposition: form-data; name=\"receipt\"; filename=\"")
                    .append(fileName)
                    .append("\"\r\n")
                    .append("Content-Type: ")
                    .append(fileType)
                    .append("\r\n\r\n")
                    .append(content)
                    .append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return provider.sendJson(
                "POST",
                "/api/v1/service-referrals/" + referralId + "/claims",
                body.toString(),
                Map.of("Content-Type", "multipart/form-data; boundary=" + boundary));
    }

    public static long count(JdbcClient jdbc, String table, String column, UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
