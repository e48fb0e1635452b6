package org.ansim.audit.web;

import org.ansim.audit.internal.VerifyAuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The auditor's verification page: a button that walks every chain and shows the first broken link. */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
class VerificationPage {

    private final VerifyAuditTrail verify;

    VerificationPage(VerifyAuditTrail verify) {
        this.verify = verify;
    }

    @GetMapping("/audit/verification")
    String show() {
        return "audit/verification";
    }

    @PostMapping("/audit/verification")
    String verify(Model model) {
        model.addAttribute("verification", verify.execute());
        return "audit/verification";
    }
}
