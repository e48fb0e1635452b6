package org.ansim.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.ansim.identity.OrganisationId;
import org.ansim.identity.Role;
import org.ansim.identity.internal.DirectoryConflict;
import org.ansim.identity.internal.RightsHistory;
import org.ansim.identity.internal.StaffDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's pages for staff accounts and the history of rights. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

    record NewUser(
            @NotBlank @Size(min = 3, max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*")
            String username,

            @NotBlank @Size(max = 200) String displayName,
            @NotNull Role role,
            @NotNull UUID organisationId,
            @NotBlank @Size(max = 128) String password) {}

    private final StaffDirectory directory;
    private final RightsHistory rights;
    private final java.time.Clock clock;

    UserAdminController(StaffDirectory directory, RightsHistory rights, java.time.Clock clock) {
        this.directory = directory;
        this.rights = rights;
        this.clock = clock;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        if (!model.containsAttribute("newUser")) {
            model.addAttribute("newUser", new NewUser("", "", Role.CASE_MANAGER, null, ""));
        }
        model.addAttribute("users", directory.users());
        model.addAttribute("now", clock.instant());
        model.addAttribute("organisations", directory.organisations());
        model.addAttribute("roles", Role.values());
        return "identity/users";
    }

    @PostMapping("/admin/users")
    String register(@Valid @ModelAttribute("newUser") NewUser form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                directory.registerUser(
                        form.username(),
                        form.displayName(),
                        form.role(),
                        new OrganisationId(form.organisationId()),
                        form.password());
                return "redirect:/admin/users?registered";
            } catch (DirectoryConflict conflict) {
                errors.reject(conflict.messageKey());
            }
        }
        return list(model);
    }

    @PostMapping("/admin/users/{id}/role")
    String changeRole(@PathVariable UUID id, @RequestParam Role role, RedirectAttributes redirect) {
        directory.changeRole(id, role);
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/{action:disable|enable|unlock|reset-second-factor}")
    String act(@PathVariable UUID id, @PathVariable String action) {
        switch (action) {
            case "disable" -> directory.disable(id);
            case "enable" -> directory.enable(id);
            case "unlock" -> directory.unlock(id);
            default -> directory.resetSecondFactor(id);
        }
        return "redirect:/admin/users";
    }

    @GetMapping("/admin/users/{id}/disable")
    String confirmDisable(@PathVariable UUID id, Model model) {
        var user = directory.users().stream()
                .filter(u -> u.id().value().equals(id))
                .findFirst()
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND));
        model.addAttribute("question", "identity.users.disable.confirm");
        model.addAttribute("subject", user.username());
        model.addAttribute("action", "/admin/users/" + id + "/disable");
        model.addAttribute("back", "/admin/users");
        return "identity/confirm";
    }

    @GetMapping("/admin/rights")
    String rights(Model model) {
        model.addAttribute("changes", rights.latest(500));
        return "identity/rights";
    }
}
