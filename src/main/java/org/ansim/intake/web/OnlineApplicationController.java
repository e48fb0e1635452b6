package org.ansim.intake.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.ansim.settings.PolicySettings;
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

    static final String STATE = OnlineApplicationController.class.getName() + ".STATE";
    static final String SCRIPT = "online-v1";
    static final Duration HUMAN_MINIMUM = Duration.ofSeconds(3);

    /**
     * What the session remembers, as one attribute (so that a double click updates it rather than racing to create
     * it): the form's current token and when it was shown, the confirmation numbers answered per token, the latest.
     */
    record FormState(String token, Instant shownAt, Map<String, String> answered, String confirmation)
            implements Serializable {

        static FormState of(HttpSession session) {
            var state = (FormState) session.getAttribute(STATE);
            return state == null ? new FormState(null, null, Map.of(), null) : state;
        }

        FormState shown(String newToken, Instant at) {
            return new FormState(newToken, at, answered, confirmation);
        }

        FormState answered(String byToken, String number) {
            var all = new HashMap<>(answered);
            all.put(byToken, number);
            return new FormState(token, shownAt, Map.copyOf(all), number);
        }
    }

    record OnlineForm(
            @NotBlank @Size(max = 100) @Pattern(regexp = "(?s).*\\p{L}.*")
            String name,

            @NotBlank @Size(max = 10) String birthDate,
            @Size(max = 30) String phone,
            @NotBlank @Size(max = 20) String sido,
            @NotBlank @Size(max = 40) String sigungu,
            @NotEmpty @Size(max = 8) List<String> services,
            String consentCaseManagement,
            String consentServiceReferral,
            String consentStatistics,
            String website,
            String token) {

        static OnlineForm blank() {
            return new OnlineForm("", "", "", "서울특별시", "", List.of(), null, null, null, "", null);
        }

        @AssertTrue
        public boolean isConsentGiven() {
            return FormAnswers.ticked(consentCaseManagement);
        }

        public boolean chose(ServiceKind service) {
            return services != null && services.contains(service.name());
        }

        Set<ConsentPurpose> purposes() {
            return FormAnswers.purposes(consentServiceReferral, consentStatistics);
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

    /** The public pages speak to the person applying, not to staff (the layout's footer). */
    @org.springframework.web.bind.annotation.ModelAttribute("publicPage")
    boolean publicPage() {
        return true;
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
        var state = FormState.of(session);
        if (form.token() != null && state.answered().containsKey(form.token())) {
            return "redirect:/apply/received";
        }
        var birthDate = FormAnswers.pastDate(form.birthDate(), LocalDate.now(clock.withZone(PolicySettings.ZONE)));
        if (birthDate.isEmpty() && !errors.hasFieldErrors("birthDate")) {
            errors.rejectValue("birthDate", "intake.error.birthDate");
        }
        var services = FormAnswers.services(form.services());
        if (services.isEmpty() && !errors.hasFieldErrors("services")) {
            errors.rejectValue("services", "intake.error.services");
        }
        var phone = FormAnswers.blankToNull(form.phone());
        if (phone != null && !FormAnswers.isPhone(phone)) {
            errors.rejectValue("phone", "intake.error.phone");
        }
        var shownAt = state.shownAt();
        var token = state.token();
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
                        birthDate.orElseThrow(),
                        phone,
                        new Address(form.sido(), form.sigungu(), "")),
                services.orElseThrow(),
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
        session.setAttribute(STATE, FormState.of(session).answered(token, answer.confirmationNumber()));
        return "redirect:/apply/received";
    }

    @GetMapping("/apply/received")
    String received(HttpSession session, Model model) {
        model.addAttribute("confirmation", FormState.of(session).confirmation());
        return "intake/received";
    }

    private String show(Model model, String token) {
        model.addAttribute("token", token);
        model.addAttribute("services", ServiceKind.values());
        return "intake/apply";
    }

    private String newToken(HttpSession session) {
        var token = UUID.randomUUID().toString();
        session.setAttribute(STATE, FormState.of(session).shown(token, clock.instant()));
        return token;
    }
}
