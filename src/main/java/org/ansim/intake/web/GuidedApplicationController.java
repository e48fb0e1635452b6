package org.ansim.intake.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ansim.cases.CaseAccess;
import org.ansim.cases.Channel;
import org.ansim.consent.ConsentMethod;
import org.ansim.consent.ConsentPurpose;
import org.ansim.intake.ServiceKind;
import org.ansim.intake.internal.ReceiveApplication;
import org.ansim.privacy.Address;
import org.ansim.settings.PolicySettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The guided form a 1366 counsellor fills on the phone, or a case manager with a walk-in: the consent script to read
 * aloud, how the applicant agreed, who she is, where she lives and what she needs. Whoever may see the new case lands
 * on it; the others get the numbers to tell the applicant. The form's one-time token makes a double click harmless.
 */
@Controller
@PreAuthorize("hasAnyRole('HOTLINE', 'CASE_MANAGER', 'UNIT_LEAD')")
class GuidedApplicationController {

    /** The script read aloud, by channel; its id is recorded with the application. */
    static final String HOTLINE_SCRIPT = "hotline-v1";

    static final String WALK_IN_SCRIPT = "walk-in-v1";

    static final List<ConsentMethod> METHODS = List.of(ConsentMethod.VERBAL_RECORDED, ConsentMethod.WRITTEN);

    record GuidedForm(
            @NotNull @Pattern(regexp = "HOTLINE|WALK_IN") String channel,

            @NotBlank @Size(max = 100) @Pattern(regexp = "(?s).*\\p{L}.*")
            String name,

            @NotBlank @Size(max = 10) String birthDate,
            @Size(max = 30) String phone,
            @NotBlank @Size(max = 20) String sido,
            @NotBlank @Size(max = 40) String sigungu,
            @Size(max = 200) String addressDetail,
            @NotEmpty @Size(max = 8) List<String> services,
            String consentCaseManagement,
            String consentServiceReferral,
            String consentStatistics,

            @NotNull @Pattern(regexp = "VERBAL_RECORDED|WRITTEN")
            String consentMethod,

            @Size(max = 1000) String consentNote,
            @NotNull @Pattern(regexp = "[0-9a-f-]{36}") String token) {

        static GuidedForm blank(String channel) {
            return new GuidedForm(
                    channel,
                    "",
                    "",
                    "",
                    "서울특별시",
                    "",
                    "",
                    List.of(),
                    null,
                    null,
                    null,
                    channel.equals("WALK_IN") ? ConsentMethod.WRITTEN.name() : ConsentMethod.VERBAL_RECORDED.name(),
                    "",
                    newToken());
        }

        @AssertTrue
        public boolean isConsentGiven() {
            return FormAnswers.ticked(consentCaseManagement);
        }

        public boolean chose(ServiceKind service) {
            return services != null && services.contains(service.name());
        }

        Channel caseChannel() {
            return "WALK_IN".equals(channel) ? Channel.WALK_IN : Channel.HOTLINE_1366;
        }

        String script() {
            return "WALK_IN".equals(channel) ? WALK_IN_SCRIPT : HOTLINE_SCRIPT;
        }

        Set<ConsentPurpose> purposes() {
            return FormAnswers.purposes(consentServiceReferral, consentStatistics);
        }
    }

    private final ReceiveApplication receive;
    private final CaseAccess access;
    private final Clock clock;

    GuidedApplicationController(ReceiveApplication receive, CaseAccess access, Clock clock) {
        this.receive = receive;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/intake/new")
    String form(@RequestParam(defaultValue = "HOTLINE") String channel, Model model) {
        var known = channel.equals("WALK_IN") ? "WALK_IN" : "HOTLINE";
        var blank = GuidedForm.blank(known);
        model.addAttribute("guidedApplication", blank);
        return show(model, known, blank.token());
    }

    @PostMapping("/intake/new")
    String submit(
            @Valid @ModelAttribute("guidedApplication") GuidedForm form,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
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
        var channel = "WALK_IN".equals(form.channel()) ? "WALK_IN" : "HOTLINE";
        if (errors.hasErrors()) {
            return show(model, channel, errors.hasFieldErrors("token") ? newToken() : form.token());
        }
        var outcome = receive.execute(new ReceiveApplication.Parameters(
                form.caseChannel(),
                new ReceiveApplication.Applicant(
                        form.name().strip(),
                        birthDate.orElseThrow(),
                        phone,
                        new Address(
                                form.sido(),
                                form.sigungu(),
                                Optional.ofNullable(form.addressDetail()).orElse(""))),
                services.orElseThrow(),
                form.purposes(),
                ConsentMethod.valueOf(form.consentMethod()),
                form.script(),
                form.consentNote(),
                authentication.getName(),
                Optional.of("guided|" + authentication.getName() + "|" + form.token()),
                ApplicationApiController.hash(form)));
        var answer = switch (outcome) {
            case ReceiveApplication.Outcome.Accepted accepted -> accepted.answer();
            case ReceiveApplication.Outcome.Repeated repeated -> repeated.answer();
            case ReceiveApplication.Outcome.Conflicting conflicting -> null;
        };
        if (answer == null) {
            errors.reject("intake.guided.resubmitted");
            return show(model, channel, newToken());
        }
        redirect.addFlashAttribute("confirmationNumber", answer.confirmationNumber());
        if (access.maySee(answer.caseId(), authentication)) {
            return "redirect:/cases/" + answer.caseNumber().value();
        }
        redirect.addFlashAttribute("caseNumber", answer.caseNumber().value());
        return "redirect:/intake/taken";
    }

    @GetMapping("/intake/taken")
    String taken(Model model) {
        if (!model.containsAttribute("caseNumber")) {
            return "redirect:/intake/new";
        }
        return "intake/taken";
    }

    private static String newToken() {
        return UUID.randomUUID().toString();
    }

    private static String show(Model model, String channel, String token) {
        model.addAttribute("channel", channel);
        model.addAttribute("token", token);
        model.addAttribute("script", channel.equals("WALK_IN") ? WALK_IN_SCRIPT : HOTLINE_SCRIPT);
        model.addAttribute("services", ServiceKind.values());
        model.addAttribute("methods", METHODS);
        return "intake/new";
    }
}
