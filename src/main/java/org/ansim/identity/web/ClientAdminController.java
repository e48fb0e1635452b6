package org.ansim.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.ansim.identity.OrganisationId;
import org.ansim.identity.OrganisationKind;
import org.ansim.identity.Scope;
import org.ansim.identity.internal.DirectoryConflict;
import org.ansim.identity.internal.StaffDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The administrator's pages for organisations and machine-client keys (shown once, stored hashed). */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ClientAdminController {

    record NewClient(
            @NotBlank @Size(max = 200) String name,
            @NotNull UUID organisationId,
            @NotEmpty Set<Scope> scopes) {}

    record NewOrganisation(
            @NotBlank @Size(max = 200) String name,
            @NotNull OrganisationKind kind,
            @Size(max = 100) String district) {}

    private final StaffDirectory directory;

    ClientAdminController(StaffDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/admin/clients")
    String list(Model model) {
        if (!model.containsAttribute("newClient")) {
            model.addAttribute("newClient", new NewClient("", null, Set.of()));
        }
        model.addAttribute("clients", directory.clients());
        model.addAttribute("organisations", directory.organisations());
        model.addAttribute("scopes", Scope.values());
        return "identity/clients";
    }

    @PostMapping("/admin/clients")
    String issue(@Valid @ModelAttribute("newClient") NewClient form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                var issued = directory.issueKey(form.name(), new OrganisationId(form.organisationId()), form.scopes());
                model.addAttribute("issued", issued);
                model.addAttribute("newClient", new NewClient("", null, Set.of()));
            } catch (DirectoryConflict conflict) {
                errors.reject(conflict.messageKey());
            }
        }
        return list(model);
    }

    @GetMapping("/admin/clients/{id}/revocation")
    String confirmRevocation(@PathVariable UUID id, Model model) {
        var client = directory.clients().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND));
        model.addAttribute("question", "identity.clients.revoke.confirm");
        model.addAttribute("subject", client.name());
        model.addAttribute("action", "/admin/clients/" + id + "/revocation");
        model.addAttribute("back", "/admin/clients");
        return "identity/confirm";
    }

    @PostMapping("/admin/clients/{id}/revocation")
    String revoke(@PathVariable UUID id) {
        directory.revokeKey(id);
        return "redirect:/admin/clients?revoked";
    }

    @GetMapping("/admin/organisations")
    String organisations(Model model) {
        if (!model.containsAttribute("newOrganisation")) {
            model.addAttribute("newOrganisation", new NewOrganisation("", OrganisationKind.COUNSELLING_CENTRE, ""));
        }
        model.addAttribute("organisations", directory.organisations());
        model.addAttribute("kinds", OrganisationKind.values());
        return "identity/organisations";
    }

    @PostMapping("/admin/organisations")
    String registerOrganisation(
            @Valid @ModelAttribute("newOrganisation") NewOrganisation form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                directory.registerOrganisation(form.name(), form.kind(), form.district());
                return "redirect:/admin/organisations?registered";
            } catch (DirectoryConflict conflict) {
                errors.reject(conflict.messageKey());
            }
        }
        return organisations(model);
    }
}
