package org.ansim.intake.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ansim.cases.Channel;
import org.ansim.consent.ConsentMethod;
import org.ansim.consent.ConsentPurpose;
import org.ansim.intake.ServiceKind;
import org.ansim.intake.internal.OnlineAdmission;
import org.ansim.intake.internal.ReceiveApplication;
import org.ansim.privacy.Address;
import org.ansim.privacy.PhoneNumber;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The public online application: no sign-in, a confirmation number at the end. Spam is kept out by a field people
 * never see, a minimum time to fill the form, and a per-address hourly limit; a double click or a reload submits
 * once (the form's one-time token is the idempotency key).
 */
@Controller
class OnlineApplicationController {

    static final String FORM_TOKEN = OnlineApplicationController.class.getName() + ".TOKEN";
    static final String FORM_SHOWN_AT = OnlineApplicationController.class.getName() + ".SHOWN_AT";
    static final String SUBMITTED = OnlineApplicationController.class.getName() + ".SUBMITTED";
    static final String CONFIRMATION = OnlineApplicationController.class.getName() + ".CONFIRMATION";
    static final String SCRIPT = "online-v1";
    static final Duration HUMAN_MINIMUM = Duration.ofSeconds(3);

    record OnlineForm(
            @NotBlank @Size(max = 100) @Pattern(regexp = "(?s).*\\p{L}.*")
            String name,

            @NotNull @Past @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate birthDate,

            @Size(max = 30) String phone,
            @NotBlank @Size(max = 20) String sido,
            @NotBlank @Size(max = 40) String sigungu,
            @NotEmpty Set<ServiceKind> services,
            boolean consentCaseManagement,
            boolean consentServiceReferral,
            boolean consentStatistics,
            String website,
            String token) {

        static OnlineForm blank() {
            return new OnlineForm("", null, "", "서울특별시", "", Set.of(), false, false, false, "", null);
        }

        @AssertTrue
        public boolean isConsentGiven() {
            return consentCaseManagement;
        }

        Set<ConsentPurpose> purposes() {
            var purposes = EnumSet.of(ConsentPurpose.CASE_MANAGEMENT);
            if (consentServiceReferral) {
                purposes.add(ConsentPurpose.SERVICE_REFERRAL);
            }
            if (consentStatistics) {
                purposes.add(ConsentPurpose.STATISTICS);
            }
            return purposes;
        }
    }

    private final ReceiveApplication receive;
    private final OnlineAdmission admission;
    private final Clock clock;

    OnlineApplicationController(ReceiveApplication receive, OnlineAdmission admission, Clock clock) {
        this.receive = receive;
        this.admission = admission;
        this.clock = clock;
    }

    @GetMapping("/apply")
    String form(HttpSession session, Model model) {
        model.addAttribute("onlineApplication", OnlineForm.blank());
        return show(model, newToken(session));
    }

    @PostMapping("/apply")
    String submit(
            @Valid @ModelAttribute("onlineApplication") OnlineForm form,
            BindingResult errors,
            HttpSession session,
            HttpServletRequest request,
            Model model) {
        if (form.website() != null && !form.website().isBlank()) {
            return "redirect:/apply/received";
        }
        var alreadyAnswered = submitted(session).get(form.token());
        if (alreadyAnswered != null) {
            session.setAttribute(CONFIRMATION, alreadyAnswered);
            return "redirect:/apply/received";
        }
        if (form.phone() != null && !form.phone().isBlank() && !isPhone(form.phone())) {
            errors.rejectValue("phone", "intake.phone.invalid");
        }
        var shownAt = (Instant) session.getAttribute(FORM_SHOWN_AT);
        var token = (String) session.getAttribute(FORM_TOKEN);
        if (shownAt == null || token == null || !token.equals(form.token())) {
            errors.reject("intake.online.expired");
            return show(model, newToken(session));
        }
        if (Duration.between(shownAt, clock.instant()).compareTo(HUMAN_MINIMUM) < 0) {
            errors.reject("intake.online.too-fast");
        }
        if (errors.hasErrors()) {
            return show(model, token);
        }
        if (!admission.admit(request.getRemoteAddr())) {
            errors.reject("intake.online.limit");
            return show(model, token);
        }
        var outcome = receive.execute(new ReceiveApplication.Parameters(
                Channel.ONLINE,
                new ReceiveApplication.Applicant(
                        form.name().strip(),
                        form.birthDate(),
                        form.phone() == null || form.phone().isBlank() ? null : form.phone(),
                        new Address(form.sido(), form.sigungu(), "")),
                List.copyOf(form.services()),
                form.purposes(),
                ConsentMethod.ELECTRONIC,
                SCRIPT,
                null,
                "online",
                Optional.of("online|" + token),
                ApplicationApiController.hash(form)));
        var answer = switch (outcome) {
            case ReceiveApplication.Outcome.Accepted accepted -> accepted.answer();
            case ReceiveApplication.Outcome.Repeated repeated -> repeated.answer();
            case ReceiveApplication.Outcome.Conflicting conflicting -> null;
        };
        if (answer == null) {
            errors.reject("intake.online.expired");
            return show(model, newToken(session));
        }
        var answered = submitted(session);
        answered.put(token, answer.confirmationNumber());
        session.setAttribute(SUBMITTED, answered);
        session.setAttribute(CONFIRMATION, answer.confirmationNumber());
        return "redirect:/apply/received";
    }

    @GetMapping("/apply/received")
    String received(HttpSession session, Model model) {
        model.addAttribute("confirmation", session.getAttribute(CONFIRMATION));
        return "intake/received";
    }

    private String show(Model model, String token) {
        model.addAttribute("token", token);
        model.addAttribute("services", ServiceKind.values());
        return "intake/apply";
    }

    @SuppressWarnings("unchecked")
    private static HashMap<String, String> submitted(HttpSession session) {
        var answered = (Map<String, String>) session.getAttribute(SUBMITTED);
        return answered == null ? new HashMap<>() : new HashMap<>(answered);
    }

    private String newToken(HttpSession session) {
        var token = UUID.randomUUID().toString();
        session.setAttribute(FORM_TOKEN, token);
        session.setAttribute(FORM_SHOWN_AT, clock.instant());
        return token;
    }

    static boolean isPhone(String phone) {
        try {
            PhoneNumber.parse(phone);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
