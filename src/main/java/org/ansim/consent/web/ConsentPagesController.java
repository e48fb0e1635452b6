package org.ansim.consent.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ansim.audit.AuditAction;
import org.ansim.audit.AuditLog;
import org.ansim.audit.AuditSubject;
import org.ansim.cases.CaseSummary;
import org.ansim.cases.CaseTab;
import org.ansim.cases.CaseVisibility;
import org.ansim.consent.ConsentId;
import org.ansim.consent.ConsentMethod;
import org.ansim.consent.ConsentPurpose;
import org.ansim.consent.internal.ConsentRecords;
import org.ansim.consent.internal.ConsentRefused;
import org.ansim.identity.OrganisationDirectory;
import org.ansim.identity.OrganisationId;
import org.ansim.identity.OrganisationKind;
import org.ansim.settings.PolicySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consent tab of a case: what the victim agreed to, with whom, when and how, and her withdrawals. The case
 * manager records a purpose as the victim agrees (sharing names each organisation), and her withdrawal, which stops
 * sharing at once.
 */
@Controller
@PreAuthorize("hasAnyRole('CASE_MANAGER', 'UNIT_LEAD')")
class ConsentPagesController {

    /** Organisations a victim may agree to share with: the service providers, not the police or the unit. */
    static final Set<OrganisationKind> PROVIDERS = Set.of(
            OrganisationKind.COUNSELLING_CENTRE,
            OrganisationKind.LEGAL_AID,
            OrganisationKind.CLINIC,
            OrganisationKind.SHELTER,
            OrganisationKind.SECURITY_COMPANY);

    private final ConsentRecords consents;
    private final CaseVisibility visibility;
    private final OrganisationDirectory organisations;
    private final AuditLog audit;

    ConsentPagesController(
            ConsentRecords consents, CaseVisibility visibility, OrganisationDirectory organisations, AuditLog audit) {
        this.consents = consents;
        this.visibility = visibility;
        this.organisations = organisations;
        this.audit = audit;
    }

    @Bean
    static CaseTab.Contributor consentTab() {
        return () -> List.of(new CaseTab("consents", "consent.tab", 10, Set.of("CASE_MANAGER", "UNIT_LEAD")));
    }

    @GetMapping("/cases/{caseNumber}/consents")
    String page(@PathVariable String caseNumber, Authentication authentication, Model model) {
        var found = visibility.requireVisible(caseNumber, authentication);
        audit.record(
                AuditAction.VIEW,
                AuditSubject.of("case-consents", found.number().value()));
        var all = organisations.all();
        Map<OrganisationId, String> names = all.stream()
                .collect(Collectors.toMap(OrganisationDirectory.Entry::id, OrganisationDirectory.Entry::name));
        model.addAttribute("caseNumber", found.number().value());
        model.addAttribute("consents", consents.of(found.id()));
        model.addAttribute("organisationNames", names);
        model.addAttribute(
                "providers",
                all.stream().filter(e -> PROVIDERS.contains(e.kind())).toList());
        model.addAttribute("purposes", ConsentPurpose.values());
        model.addAttribute("methods", ConsentMethod.values());
        model.addAttribute(
                "now", LocalDateTime.now(PolicySettings.ZONE).withSecond(0).withNano(0));
        return "consent/case-consents";
    }

    @PostMapping("/cases/{caseNumber}/consents")
    String grant(
            @PathVariable String caseNumber,
            @RequestParam(required = false) @Nullable String purpose,
            @RequestParam(required = false) @Nullable List<String> organisationIds,
            @RequestParam(required = false) @Nullable String obtainedAt,
            @RequestParam(required = false) @Nullable String method,
            Authentication authentication,
            RedirectAttributes redirect) {
        var found = visibility.requireVisible(caseNumber, authentication);
        var parsedPurpose = known(ConsentPurpose.class, purpose);
        var parsedMethod = known(ConsentMethod.class, method);
        var when = time(obtainedAt);
        var chosen = organisationIds(organisationIds);
        if (parsedPurpose.isEmpty() || parsedMethod.isEmpty() || when.isEmpty() || chosen.isEmpty()) {
            return refused(found, redirect, "consent.invalid");
        }
        if (parsedPurpose.get() == ConsentPurpose.SERVICE_REFERRAL
                && chosen.get().isEmpty()) {
            return refused(found, redirect, "consent.invalid.organisations");
        }
        if (parsedPurpose.get() != ConsentPurpose.SERVICE_REFERRAL) {
            chosen = Optional.of(Set.of());
        }
        var obtained = when.get().atZone(PolicySettings.ZONE).toInstant();
        if (obtained.isAfter(java.time.Instant.now().plusSeconds(60))) {
            return refused(found, redirect, "consent.invalid.future");
        }
        try {
            consents.record(
                    found.id(),
                    parsedPurpose.get(),
                    chosen.get(),
                    obtained,
                    parsedMethod.get(),
                    authentication.getName());
        } catch (ConsentRefused refused) {
            return refused(found, redirect, refused.reasonKey());
        }
        redirect.addFlashAttribute("done", "consent.done.granted");
        return back(found);
    }

    @PostMapping("/cases/{caseNumber}/consents/{consentId}/withdrawal")
    String withdraw(
            @PathVariable String caseNumber,
            @PathVariable String consentId,
            @RequestParam(required = false) @Nullable String how,
            Authentication authentication,
            RedirectAttributes redirect) {
        var found = visibility.requireVisible(caseNumber, authentication);
        if (how == null || how.isBlank() || how.length() > 500) {
            return refused(found, redirect, "consent.invalid.how");
        }
        try {
            consents.withdraw(
                    found.id(), new ConsentId(UUID.fromString(consentId)), authentication.getName(), how.strip());
        } catch (IllegalArgumentException notAnId) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (ConsentRefused refused) {
            return refused(found, redirect, refused.reasonKey());
        }
        redirect.addFlashAttribute("done", "consent.done.withdrawn");
        return back(found);
    }

    @ExceptionHandler(ResponseStatusException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    private String refused(CaseSummary found, RedirectAttributes redirect, String reasonKey) {
        redirect.addFlashAttribute("refused", reasonKey);
        return back(found);
    }

    private static String back(CaseSummary found) {
        return "redirect:/cases/" + found.number().value() + "/consents";
    }

    /** A case the caller may not see does not exist for her: 404 either way, so existence does not leak. */
    private Optional<Set<OrganisationId>> organisationIds(@Nullable List<String> ids) {
        if (ids == null) {
            return Optional.of(Set.of());
        }
        var known = organisations.all().stream()
                .filter(entry -> PROVIDERS.contains(entry.kind()))
                .map(OrganisationDirectory.Entry::id)
                .collect(Collectors.toSet());
        var chosen = new HashSet<OrganisationId>();
        for (var id : ids) {
            try {
                var parsed = new OrganisationId(UUID.fromString(id));
                if (!known.contains(parsed)) {
                    return Optional.empty();
                }
                chosen.add(parsed);
            } catch (IllegalArgumentException notAnId) {
                return Optional.empty();
            }
        }
        return Optional.of(Set.copyOf(chosen));
    }

    private static Optional<LocalDateTime> time(@Nullable String text) {
        if (text == null || text.isBlank() || text.length() > 30) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text.strip()));
        } catch (DateTimeParseException notATime) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> known(Class<E> type, @Nullable String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (var constant : type.getEnumConstants()) {
            if (constant.name().equals(name.strip())) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
