package org.ansim.privacy.web;

import jakarta.validation.Valid;
import org.ansim.privacy.Address;
import org.ansim.privacy.AssociatedData;
import org.ansim.privacy.RevealRequest;
import org.ansim.privacy.Sealed;
import org.ansim.privacy.SealedValues;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** How an owning module uses the reveal fragment: a page with the control, and the handler it posts the reason to. */
@TestComponent
@Controller
public class RevealDemoController {

    public static final AssociatedData WHERE = AssociatedData.of("case", "STK-2026-000001", "address");
    public static final Address ADDRESS = new Address("서울특별시", "강남구", "테헤란로 123, 4층");

    private final SealedValues sealedValues;
    private final Sealed<Address> sealed;

    RevealDemoController(SealedValues sealedValues) {
        this.sealedValues = sealedValues;
        this.sealed = sealedValues.seal(ADDRESS, WHERE);
    }

    @GetMapping("/test/privacy/sample")
    @PreAuthorize("isAuthenticated()")
    String page() {
        return "privacytest/sample";
    }

    @PostMapping("/test/privacy/sample/reveal")
    @PreAuthorize("isAuthenticated()")
    String reveal(@Valid RevealRequest request, Model model) {
        model.addAttribute(
                "revealed",
                sealedValues.reveal(sealed, WHERE, request.toReason()).oneLine());
        return "privacy/reveal :: value";
    }
}
