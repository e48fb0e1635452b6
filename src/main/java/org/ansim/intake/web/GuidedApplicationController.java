package org.ansim.intake.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
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
import org.springframework.format.annotation.DateTimeFormat;
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

            @NotNull @Past @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate birthDate,

            @Size(max = 30) String phone,
            @NotBlank @Size(max = 20) String sido,
            @NotBlank @Size(max = 40) String sigungu,
            @Size(max = 200) String addressDetail,
            @NotEmpty Set<ServiceKind> services,
            boolean consentCaseManagement,
            boolean consentServiceReferral,
            boolean consentStatistics,
            @NotNull ConsentMethod consentMethod,
            @Size(max = 1000) String consentNote,
            @NotNull @Pattern(regexp = "[0-9a-f-]{36}") String token) {

        static GuidedForm blank(String channel) {
            return new GuidedForm(
                    channel,
                    "",
                    null,
                    "",
                    "서울특별시",
                    "",
                    "",
                    Set.of(),
                    false,
                    false,
                    false,
                    channel.equals("WALK_IN") ? ConsentMethod.WRITTEN : ConsentMethod.VERBAL_RECORDED,
                    "",
                    newToken());
        }

        @AssertTrue
        public boolean isConsentGiven() {
            return consentCaseManagement;
        }

        @AssertTrue
        public boolean isConsentMethodFitting() {
            return consentMethod == null || METHODS.contains(consentMethod);
        }

        Channel caseChannel() {
            return channel.equals("WALK_IN") ? Channel.WALK_IN : Channel.HOTLINE_1366;
        }

        String script() {
            return channel.equals("WALK_IN") ? WALK_IN_SCRIPT : HOTLINE_SCRIPT;
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
    private final CaseAccess access;

    GuidedApplicationController(ReceiveApplication receive, CaseAccess access) {
        this.receive = receive;
        this.access = access;
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
        if (form.phone() != null && !form.phone().isBlank() && !OnlineApplicationController.isPhone(form.phone())) {
            errors.rejectValue("phone", "intake.phone.invalid");
        }
        var channel = "WALK_IN".equals(form.channel()) ? "WALK_IN" : "HOTLINE";
        if (errors.hasErrors()) {
            return show(model, channel, errors.hasFieldErrors("token") ? newToken() : form.token());
        }
        var outcome = receive.execute(new ReceiveApplication.Parameters(
                form.caseChannel(),
                new ReceiveApplication.Applicant(
                        form.name().strip(),
                        form.birthDate(),
                        form.phone() == null || form.phone().isBlank() ? null : form.phone(),
                        new Address(
                                form.sido(),
                                form.sigungu(),
                                Optional.ofNullable(form.addressDetail()).orElse(""))),
                List.copyOf(form.services()),
                form.purposes(),
                form.consentMethod(),
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
