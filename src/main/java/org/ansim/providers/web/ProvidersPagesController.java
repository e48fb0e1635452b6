package org.ansim.providers.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ansim.identity.OrganisationDirectory;
import org.ansim.identity.OrganisationId;
import org.ansim.identity.OrganisationKind;
import org.ansim.providers.ProviderId;
import org.ansim.providers.ProviderKind;
import org.ansim.providers.ServiceKind;
import org.ansim.providers.internal.ChangeProvider;
import org.ansim.providers.internal.ProviderDetails;
import org.ansim.providers.internal.ProviderDirectory;
import org.ansim.providers.internal.ProviderNotFound;
import org.ansim.providers.internal.ProviderRefused;
import org.ansim.providers.internal.RegisterProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The provider directory page: the list, a new entry, and changes to one entry. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'UNIT_LEAD')")
class ProvidersPagesController {

    /** Organisations that may deliver services: not the police, the hotline or the unit itself. */
    static final Set<OrganisationKind> DELIVERING = Set.of(
            OrganisationKind.COUNSELLING_CENTRE,
            OrganisationKind.LEGAL_AID,
            OrganisationKind.CLINIC,
            OrganisationKind.SHELTER,
            OrganisationKind.SECURITY_COMPANY);

    private final ProviderDirectory directory;
    private final RegisterProvider registering;
    private final ChangeProvider changing;
    private final OrganisationDirectory organisations;

    ProvidersPagesController(
            ProviderDirectory directory,
            RegisterProvider registering,
            ChangeProvider changing,
            OrganisationDirectory organisations) {
        this.directory = directory;
        this.registering = registering;
        this.changing = changing;
        this.organisations = organisations;
    }

    @GetMapping("/providers")
    String list(Model model) {
        model.addAttribute("providers", directory.all());
        addChoices(model);
        return "providers/list";
    }

    @GetMapping("/providers/{id}")
    String edit(@PathVariable String id, Model model) {
        var provider = parse(id).flatMap(directory::find).orElseThrow(ProviderNotFound::new);
        model.addAttribute("provider", provider);
        addChoices(model);
        return "providers/edit";
    }

    @PostMapping("/providers")
    String register(
            @RequestParam(required = false) @Nullable String organisationId,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable List<String> services,
            @RequestParam(required = false) @Nullable String districts,
            @RequestParam(required = false) @Nullable String capacity,
            @RequestParam(required = false) @Nullable String contactPhone,
            @RequestParam(required = false) @Nullable String contactEmail,
            RedirectAttributes redirect) {
        try {
            registering.execute(
                    details(organisationId, name, kind, services, districts, capacity, contactPhone, contactEmail));
        } catch (ProviderRefused refused) {
            redirect.addFlashAttribute("refused", refused.reasonKey());
            return "redirect:/providers";
        }
        redirect.addFlashAttribute("done", "providers.done.registered");
        return "redirect:/providers";
    }

    @PostMapping("/providers/{id}")
    String change(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String organisationId,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable List<String> services,
            @RequestParam(required = false) @Nullable String districts,
            @RequestParam(required = false) @Nullable String capacity,
            @RequestParam(required = false) @Nullable String contactPhone,
            @RequestParam(required = false) @Nullable String contactEmail,
            @RequestParam(required = false) @Nullable String active,
            RedirectAttributes redirect) {
        var providerId = parse(id).orElseThrow(ProviderNotFound::new);
        try {
            changing.execute(
                    providerId,
                    details(organisationId, name, kind, services, districts, capacity, contactPhone, contactEmail),
                    "true".equals(active));
        } catch (ProviderRefused refused) {
            redirect.addFlashAttribute("refused", refused.reasonKey());
            return "redirect:/providers/" + providerId.value();
        }
        redirect.addFlashAttribute("done", "providers.done.changed");
        return "redirect:/providers";
    }

    @ExceptionHandler(ProviderNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    private void addChoices(Model model) {
        model.addAttribute(
                "organisations",
                organisations.all().stream()
                        .filter(o -> DELIVERING.contains(o.kind()))
                        .toList());
        model.addAttribute("kinds", ProviderKind.values());
        model.addAttribute("serviceKinds", ServiceKind.values());
    }

    private static ProviderDetails details(
            @Nullable String organisationId,
            @Nullable String name,
            @Nullable String kind,
            @Nullable List<String> services,
            @Nullable String districts,
            @Nullable String capacity,
            @Nullable String contactPhone,
            @Nullable String contactEmail) {
        var organisation = parseUuid(organisationId).map(OrganisationId::new);
        if (organisation.isEmpty()) {
            throw new ProviderRefused("providers.refused.organisation");
        }
        var chosen = EnumSet.noneOf(ServiceKind.class);
        for (var service : services == null ? List.<String>of() : services) {
            known(ServiceKind.class, service).ifPresent(chosen::add);
        }
        int parsedCapacity;
        try {
            parsedCapacity = capacity == null ? -1 : Integer.parseInt(capacity.strip());
        } catch (NumberFormatException notANumber) {
            parsedCapacity = -1;
        }
        return new ProviderDetails(
                organisation.get(),
                name == null ? "" : name,
                known(ProviderKind.class, kind).orElse(null),
                chosen,
                districts == null || districts.isBlank()
                        ? List.of()
                        : Arrays.stream(districts.split("[,\\n]"))
                                .map(String::strip)
                                .filter(s -> !s.isEmpty())
                                .toList(),
                parsedCapacity,
                contactPhone,
                contactEmail);
    }

    private static Optional<ProviderId> parse(String id) {
        return parseUuid(id).map(ProviderId::new);
    }

    private static Optional<UUID> parseUuid(@Nullable String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> known(Class<E> type, @Nullable String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(name.strip()))
                .findFirst();
    }
}
