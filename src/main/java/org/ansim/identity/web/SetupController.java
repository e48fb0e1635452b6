package org.ansim.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ansim.identity.internal.DirectoryConflict;
import org.ansim.identity.internal.FirstAdministrator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Creates the first administrator with the one-time setup token from the log. */
@Controller
class SetupController {

    record SetupForm(
            @NotBlank @Size(max = 100) String token,
            @NotBlank @Size(max = 200) String organisation,

            @NotBlank @Size(min = 3, max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*")
            String username,

            @NotBlank @Size(max = 200) String displayName,
            @NotBlank @Size(max = 128) String password) {}

    private final FirstAdministrator firstAdministrator;

    SetupController(FirstAdministrator firstAdministrator) {
        this.firstAdministrator = firstAdministrator;
    }

    @GetMapping("/setup")
    String form(Model model) {
        if (!firstAdministrator.isOpen()) {
            return "redirect:/login";
        }
        model.addAttribute("form", new SetupForm("", "서울시 스토킹피해자 통합지원단", "", "", ""));
        return "identity/setup";
    }

    @PostMapping("/setup")
    String create(@Valid @ModelAttribute("form") SetupForm form, BindingResult errors, Model model) {
        if (!firstAdministrator.isOpen()) {
            return "redirect:/login";
        }
        if (errors.hasErrors()) {
            return "identity/setup";
        }
        try {
            var problem = firstAdministrator.create(
                    form.token(), form.organisation(), form.username(), form.displayName(), form.password());
            if (problem.isPresent()) {
                model.addAttribute("problem", problem.get());
                return "identity/setup";
            }
        } catch (DirectoryConflict conflict) {
            errors.rejectValue("password", conflict.messageKey());
            return "identity/setup";
        }
        return "redirect:/login?created";
    }
}
