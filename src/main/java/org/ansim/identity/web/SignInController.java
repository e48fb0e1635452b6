package org.ansim.identity.web;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.ansim.identity.StaffPrincipal;
import org.ansim.identity.internal.SecondFactorPages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in pages: password, then the TOTP step (or its enrolment), then recovery codes shown once. */
@Controller
class SignInController {

    private final SecondFactorPages secondFactor;

    SignInController(SecondFactorPages secondFactor) {
        this.secondFactor = secondFactor;
    }

    @GetMapping("/login")
    String signIn() {
        return "identity/login";
    }

    @GetMapping("/login/totp")
    String secondStep(@AuthenticationPrincipal StaffPrincipal staff, HttpSession session, Model model) {
        if (staff == null) {
            return "redirect:/login";
        }
        secondFactor.pendingEnrolment(staff, session).ifPresent(enrolment -> {
            model.addAttribute("secret", enrolment.secret());
            model.addAttribute("qrCode", enrolment.qrCode());
        });
        return "identity/totp";
    }

    @GetMapping("/account/recovery-codes")
    String recoveryCodes(HttpSession session, Model model) {
        var codes = secondFactor.takeNewRecoveryCodes(session);
        if (codes.isEmpty()) {
            return "redirect:/";
        }
        model.addAttribute("codes", (List<?>) codes.get());
        return "identity/recovery-codes";
    }
}
